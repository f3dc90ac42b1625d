package io.github.papertrail.migrate;

import java.util.List;

/**
 * One declaration a {@code @Paper} can go on.
 *
 * @param kind what it declares
 * @param name its name as the citation index names elements ({@code com.acme.Lora}, {@code
 *     com.acme.Lora#merge(int,java.util.List)}, {@code com.acme.Lora#rank}, {@code com.acme}); the
 *     parameter types of a method come from the source without a class path, see {@code nameExact}
 * @param nameExact false when a parameter type's package was guessed (an on-demand import, or a
 *     simple name taken to be in the file's own package)
 * @param line 1-based line of the declaration's first token (annotation, modifier or name)
 * @param column 1-based column of that token
 * @param start offset of that token
 * @param end offset after the declaration's last char
 * @param javadoc the Javadoc that documents it, or null
 * @param comments the other comments that belong to it and to none of its member declarations:
 *     those inside its body (a method's statements, lambdas, local and anonymous classes), those
 *     just above it with nothing but blank space between, and one at the end of its last line
 * @param papers the values of the {@code @Paper} annotations already on it, in source order
 * @param paperList whether they are written in the container, {@code @Paper.List({...})}: Java
 *     forbids the container beside two or more {@code @Paper}s, so a new one goes into the list
 * @param insertion where a new {@code @Paper} line goes
 */
public record Declaration(
    Kind kind,
    String name,
    boolean nameExact,
    int line,
    int column,
    int start,
    int end,
    Comment javadoc,
    List<Comment> comments,
    List<String> papers,
    boolean paperList,
    Insertion insertion) {

  /** What a declaration declares. */
  public enum Kind {
    PACKAGE,
    CLASS,
    INTERFACE,
    ENUM,
    RECORD,
    ANNOTATION_TYPE,
    METHOD,
    CONSTRUCTOR,
    FIELD,
    ENUM_CONSTANT,
    RECORD_COMPONENT
  }
}
