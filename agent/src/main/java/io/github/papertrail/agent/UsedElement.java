package io.github.papertrail.agent;

/**
 * One element whose code ran, as one paper's citation names it.
 *
 * @param element {@code com.acme.Lora} (a type, recorded when it was initialised) or {@code
 *     com.acme.Lora#merge(int)} (a method or constructor, recorded at its first call)
 * @param kind {@code type}, {@code method} or {@code constructor}
 * @param role the citation's {@code role}, {@code IMPLEMENTS} by default
 * @param section the citation's {@code section}, empty if none
 * @param note the citation's {@code note}, empty if none
 * @param order when the element was first used, 1 for the first element of the run
 */
public record UsedElement(
    String element, String kind, String role, String section, String note, int order) {}
