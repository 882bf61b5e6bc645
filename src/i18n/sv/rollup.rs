//! Svenska: the roll-up's texts (several units' files summarised together).

use crate::i18n::{RollupMsg as M, RollupText as T};

pub fn text(key: T) -> &'static str {
    match key {
        T::Heading => "Sammanställning för flera enheter",
        T::Intro => "Läs in filer som enheter har sparat med ”Spara som fil”, till exempel från regionen och länets kommuner. Från varje enhet räknas den senaste bedömningen. Filerna blandas inte med era egna bedömningar och sparas inte i webbläsaren.",
        T::ReadFiles => "Läs in filer",
        T::Clear => "Töm sammanställningen",
        T::Empty => "Inga filer inlästa ännu.",
        T::ExportCsv => "Exportera sammanställningen (CSV)",
        T::ColUnit => "Enhet",
        T::ColDistance => "Avstånd till mål",
        T::DistributionHeading => "Fördelning per område (antal enheter per nivå i dag)",
        T::ColMissing => "Saknas",
        T::UnitsHeading => "Enheterna",
        T::TableHelp => "Välj en kolumnrubrik för att sortera tabellen. Färgen visar hur långt enheten har kommit: ju mörkare blågrön, desto närmare målet; ju mer orange, desto längre från det. Siffrorna står i varje ruta.",
        T::SmallMultiples => "Förflyttningarna per enhet",
        T::ShowMoreUnits => "Visa fler enheter",
        T::DrawingRadars => "Ritar diagrammen …",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::Count { units, files } => format!("{units} enheter från {files} filer."),
        M::FromFile(file) => format!("Fil: {file}"),
        M::MoreUnits(n) => format!("och {n} till"),
        M::UnitsShown { shown, total } => format!("Tabellen visar {shown} av {total} enheter. Sortera den för att se dem som ligger längst fram eller längst bak."),
        M::RadarsShown { shown, total } => format!(
            "Diagram för de första {shown} av {total} enheterna. Fler blir för många att läsa: alla enheter finns i tabellen ovan."
        ),
        M::ReadingProgress { i, n } => format!("Läser in fil {i} av {n} …"),
    }
}
