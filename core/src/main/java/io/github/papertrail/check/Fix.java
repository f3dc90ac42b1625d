package io.github.papertrail.check;

/**
 * A suggested fix of a citation: the text to write instead, in which member of {@code @Paper}, and
 * the catalog entry it names.
 *
 * @param attribute the annotation member the replacement goes in
 * @param replacement the new value of that member, as it would be written in the string literal
 * @param key the catalog key of the entry the replacement names
 * @param title that entry's title
 * @param year that entry's year, or null
 */
public record Fix(
    Attribute attribute, String replacement, String key, String title, Integer year) {}
