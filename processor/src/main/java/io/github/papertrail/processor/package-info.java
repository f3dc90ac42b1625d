/**
 * The two compiler front ends, the annotation processor ({@code PaperProcessor}) and the javac
 * plugin ({@code -Xplugin:Papertrail}), and what they share to check each {@code @Paper} of a
 * compilation on javac's trees and write the module's citation index.
 */
package io.github.papertrail.processor;
