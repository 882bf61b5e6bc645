//! Keys of the roll-up's texts: several units' files read in and summarised together.

/// Every fixed text of the roll-up.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RollupText {
    Heading,
    Intro,
    ReadFiles,
    Clear,
    Empty,
    ExportCsv,
    ColUnit,
    ColDistance,
    DistributionHeading,
    ColMissing,
    UnitsHeading,
    /// Under the units table: how to sort it and scroll it.
    TableHelp,
    SmallMultiples,
    /// Under a long units table: the button that shows more rows.
    ShowMoreUnits,
    /// Where the small radars come, while they are drawn after the table.
    DrawingRadars,
}

/// Roll-up texts with values in them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RollupMsg<'a> {
    /// How many units from how many files are summarised.
    Count { units: usize, files: usize },
    /// Which file is being read.
    ReadingProgress { i: usize, n: usize },
    /// The file a unit's row came from.
    FromFile(&'a str),
    /// How many more units a file name leaves unnamed.
    MoreUnits(usize),
    /// Only the first units get a small radar: how many of how many.
    RadarsShown { shown: usize, total: usize },
    /// A long units table shows its first rows: how many of how many.
    UnitsShown { shown: usize, total: usize },
}

localized_by!(RollupText, &'static str, rollup::text);

localized_by!(RollupMsg<'_>, String, rollup::message);
