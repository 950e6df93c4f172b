package statewise.engine.parse;

import statewise.engine.document.DocumentFormat;

/**
 * One generated input: the text, the format it is read as, and how it was made, so a failure can be explained and
 * replayed from {@code seed} alone.
 *
 * @param seed        the seed that regenerates exactly this input
 * @param text        the text handed to the parser
 * @param format      the format the text is read as
 * @param description the seed definition and the mutations applied, in order
 */
record FuzzInput(long seed, String text, DocumentFormat format, String description) {
}
