//! Words too common to say anything in a word cloud, in Swedish and in English.

/// Swedish function words: pronouns, articles, prepositions, conjunctions, auxiliaries and
/// the commonest adverbs (after the usual Swedish stop-word lists, in lower case).
const SV: &[&str] = &[
    "alla", "allt", "att", "av", "blev", "bli", "blir", "blivit", "de", "dem", "den", "denna",
    "deras", "dess", "dessa", "det", "detta", "dig", "din", "dina", "ditt", "du", "där", "då",
    "efter", "ej", "eller", "en", "er", "era", "ert", "ett", "från", "för", "ha", "hade", "han",
    "hans", "har", "henne", "hennes", "hon", "honom", "hur", "här", "i", "icke", "ingen", "inom",
    "inte", "jag", "ju", "kan", "kunde", "man", "med", "mellan", "men", "mig", "min", "mina",
    "mitt", "mot", "mycket", "ni", "nu", "när", "någon", "något", "några", "och", "om", "oss",
    "på", "samma", "sedan", "sig", "sin", "sina", "sitta", "själv", "skulle", "som", "så", "sådan",
    "sådana", "sådant", "till", "under", "upp", "ut", "utan", "vad", "var", "vara", "varför",
    "varit", "varje", "vars", "vart", "vem", "vi", "vid", "vilka", "vilkas", "vilken", "vilket",
    "vår", "våra", "vårt", "än", "är", "åt", "över", "också", "bara", "ska", "kommer", "får",
    "finns", "även", "både", "dvs", "t", "ex", "osv", "mer", "mest", "fler", "flera",
];

/// English function words.
const EN: &[&str] = &[
    "a", "about", "all", "an", "and", "are", "as", "at", "be", "been", "but", "by", "can", "do",
    "does", "for", "from", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is",
    "it", "its", "me", "more", "my", "no", "not", "of", "on", "or", "our", "over", "she", "so",
    "than", "that", "the", "their", "them", "there", "they", "this", "to", "too", "up", "us",
    "very", "was", "we", "were", "what", "when", "where", "which", "who", "why", "will", "with",
    "would", "you", "your", "just", "also", "should", "being", "those", "these", "then",
];

/// Whether `word` (in lower case) is a stop word: Swedish always, English too when `english`.
pub fn is_stop_word(word: &str, english: bool) -> bool {
    SV.contains(&word) || (english && EN.contains(&word))
}
