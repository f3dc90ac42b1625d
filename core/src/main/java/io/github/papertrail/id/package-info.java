/**
 * Paper identifiers: {@link io.github.papertrail.id.Identifier} (a scheme and a value in normal
 * form) and {@link io.github.papertrail.id.ParsedId}, what {@link
 * io.github.papertrail.id.Identifier#parse(String)} makes of a string: a valid identifier, or the
 * reason it is not one and the form it probably meant. The grammar is written out in {@code
 * core/IDENTIFIERS.md}. Behind {@code parse}, package-private, one small parser per scheme (arXiv
 * in its two styles, DOI, OpenReview, ACL Anthology) holds that scheme's rules and its site's URL
 * paths; {@code IdentifierParser} picks the scheme, {@code HttpUrl} splits and decodes URLs, and
 * {@code Problems} collects a look-alike's deviations into one reason and a safe suggestion. The
 * parsers are hand-written scanners over {@code Cursor} and {@code Chars}, not regular expressions.
 * Nothing here depends on the rest of papertrail.
 */
package io.github.papertrail.id;
