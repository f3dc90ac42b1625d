/**
 * papertrail's compiler options as one model, whichever front end they come from: {@code -A}
 * options of the annotation processor, {@code -Xplugin:Papertrail} arguments of the javac plugin.
 * {@link io.github.papertrail.config.CompilerOptions} holds the defaults and the validation; {@link
 * io.github.papertrail.config.FrontEnd} says how each front end's users write an option, so that a
 * message names it the way the user wrote it; {@link io.github.papertrail.config.CatalogList} is
 * the one syntax of a list of catalogs; {@link io.github.papertrail.config.ModuleFolder} is where a
 * relative catalog path starts.
 */
package io.github.papertrail.config;
