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
    ColFile,
    ColDistance,
    Furthest,
    DistributionHeading,
    ColMissing,
    UnitsHeading,
    SmallMultiples,
}

/// Roll-up texts with values in them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RollupMsg {
    /// How many units from how many files are summarised.
    Count { units: usize, files: usize },
    /// Which file is being read.
    ReadingProgress { i: usize, n: usize },
}

localized_by!(RollupText, &'static str, rollup::text);

localized_by!(RollupMsg, String, rollup::message);
