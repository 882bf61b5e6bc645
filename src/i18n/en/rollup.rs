//! English: the roll-up's texts (several units' files summarised together).

use crate::i18n::{RollupMsg as M, RollupText as T};

pub fn text(key: T) -> &'static str {
    match key {
        T::Heading => "Roll-up of several units",
        T::Intro => "Read files that units saved with \"Save as file\", for example from the region and its municipalities. From each unit the latest assessment counts. The files are not mixed with your own assessments and are not saved in the browser.",
        T::ReadFiles => "Read files",
        T::Clear => "Clear the roll-up",
        T::Empty => "No files read yet.",
        T::ExportCsv => "Export the roll-up (CSV)",
        T::ColUnit => "Unit",
        T::ColDistance => "Distance to target",
        T::DistributionHeading => "Distribution per item (units per level today)",
        T::ColMissing => "Missing",
        T::UnitsHeading => "The units",
        T::TableHelp => "Choose a column heading to sort the table. The colour shows how far the unit has come: the darker teal, the closer to the target; the more orange, the further from it. The numbers are in every cell.",
        T::SmallMultiples => "The shifts per unit",
        T::ShowMoreUnits => "Show more units",
        T::DrawingRadars => "Drawing the charts …",
    }
}

pub fn message(msg: M) -> String {
    match msg {
        M::Count { units, files } => format!("{units} units from {files} files."),
        M::FromFile(file) => format!("File: {file}"),
        M::MoreUnits(n) => format!("and {n} more"),
        M::UnitsShown { shown, total } => format!("The table shows {shown} of {total} units. Sort it to see those at either end."),
        M::RadarsShown { shown, total } => format!(
            "Charts for the first {shown} of {total} units. More would be too many to read: every unit is in the table above."
        ),
        M::ReadingProgress { i, n } => format!("Reading file {i} of {n} …"),
    }
}
