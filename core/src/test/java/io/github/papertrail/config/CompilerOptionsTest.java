package io.github.papertrail.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.papertrail.catalog.format.CatalogFormat;
import io.github.papertrail.check.Severity;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompilerOptionsTest {

  final Path base = Path.of("/project");

  @Test
  void defaults() {
    CompilerOptions processor = CompilerOptions.parse(FrontEnd.PROCESSOR, Map.of(), base);
    assertEquals(Severity.ERROR, processor.unknown());
    assertTrue(processor.writeIndex());
    assertNull(processor.indexFolder(), "the processor writes through javac's Filer");
    assertEquals(0, processor.catalogs().size());
    CompilerOptions plugin = CompilerOptions.parse(FrontEnd.JAVAC_PLUGIN, Map.of(), base);
    assertFalse(plugin.writeIndex(), "a javac plugin without index=DIR only checks");
  }

  @Test
  void uncitedMentionsWarnByDefaultAndTheOptionSetsTheirSeverity() {
    assertEquals(
        Severity.WARNING, CompilerOptions.parse(FrontEnd.PROCESSOR, Map.of(), base).mentions());
    assertEquals(
        Severity.ERROR,
        CompilerOptions.parse(FrontEnd.PROCESSOR, Map.of("mentions", " Error "), base).mentions());
    assertNull(
        CompilerOptions.parse(FrontEnd.JAVAC_PLUGIN, Map.of("mentions", "off"), base).mentions());
    assertEquals(
        "-Xplugin:Papertrail mentions=yes is not allowed: write warning (the default), error or off",
        assertThrows(
                OptionException.class,
                () -> CompilerOptions.parse(FrontEnd.JAVAC_PLUGIN, Map.of("mentions", "yes"), base))
            .getMessage());
  }

  @Test
  void catalogsResolveAgainstTheBaseAndKeepTheirFormat() {
    CompilerOptions options =
        CompilerOptions.parse(
            FrontEnd.PROCESSOR,
            Map.of("catalogs", "team.json,bibtex:refs.txt", "unknown", " Warning "),
            base);
    assertEquals(Path.of("/project/team.json"), options.catalogs().get(0).path());
    assertEquals(CatalogFormat.BIBTEX, options.catalogs().get(1).format());
    assertEquals(Path.of("/project/refs.txt"), options.catalogs().get(1).path());
    assertEquals(Severity.WARNING, options.unknown());
  }

  @Test
  void theJavacPluginWritesIntoTheFolderItIsGiven() {
    CompilerOptions options =
        CompilerOptions.parse(FrontEnd.JAVAC_PLUGIN, Map.of("index", "target/classes"), base);
    assertTrue(options.writeIndex());
    assertEquals(Path.of("/project/target/classes"), options.indexFolder());
    assertFalse(
        CompilerOptions.parse(FrontEnd.JAVAC_PLUGIN, Map.of("index", "false"), base).writeIndex());
  }

  @Test
  void messagesNameTheOptionAsEachFrontEndWritesIt() {
    assertEquals(
        "-Apapertrail.unknown=bogus is not allowed: write error (the default) or warning",
        assertThrows(
                OptionException.class,
                () -> CompilerOptions.parse(FrontEnd.PROCESSOR, Map.of("unknown", "bogus"), base))
            .getMessage());
    assertEquals(
        "-Xplugin:Papertrail unknown=bogus is not allowed: write error (the default) or warning",
        assertThrows(
                OptionException.class,
                () ->
                    CompilerOptions.parse(FrontEnd.JAVAC_PLUGIN, Map.of("unknown", "bogus"), base))
            .getMessage());
    assertEquals(
        "-Apapertrail.index=yes is not allowed: write true (the default) or false",
        assertThrows(
                OptionException.class,
                () -> CompilerOptions.parse(FrontEnd.PROCESSOR, Map.of("index", "yes"), base))
            .getMessage());
    assertTrue(
        assertThrows(
                OptionException.class,
                () -> CompilerOptions.parse(FrontEnd.JAVAC_PLUGIN, Map.of("index", "true"), base))
            .getMessage()
            .startsWith(
                "-Xplugin:Papertrail index=true names no folder: write the class output folder"));
  }

  @Test
  void aMisspelledPluginOptionIsNamedWithTheOnesThereAre() {
    OptionException e =
        assertThrows(
            OptionException.class,
            () -> CompilerOptions.parse(FrontEnd.JAVAC_PLUGIN, Map.of("unkown", "warning"), base));
    assertEquals(
        "-Xplugin:Papertrail unkown=warning is not an option of papertrail. Did you mean"
            + " -Xplugin:Papertrail unknown=warning? The options are -Xplugin:Papertrail catalogs=…,"
            + " -Xplugin:Papertrail index=…, -Xplugin:Papertrail mentions=… and"
            + " -Xplugin:Papertrail unknown=…",
        e.getMessage());
  }

  @Test
  void aMisspelledProcessorOptionIsNamedAsAnAOption() {
    OptionException e =
        assertThrows(
            OptionException.class,
            () -> CompilerOptions.parse(FrontEnd.PROCESSOR, Map.of("catalog", "refs.bib"), base));
    assertEquals(
        "-Apapertrail.catalog=refs.bib is not an option of papertrail. Did you mean"
            + " -Apapertrail.catalogs=refs.bib? The options are -Apapertrail.catalogs=…,"
            + " -Apapertrail.index=…, -Apapertrail.mentions=… and -Apapertrail.unknown=…",
        e.getMessage());
    OptionException far =
        assertThrows(
            OptionException.class,
            () -> CompilerOptions.parse(FrontEnd.PROCESSOR, Map.of("verbose", "true"), base));
    assertEquals(
        "-Apapertrail.verbose=true is not an option of papertrail. The options are"
            + " -Apapertrail.catalogs=…, -Apapertrail.index=…, -Apapertrail.mentions=… and"
            + " -Apapertrail.unknown=…",
        far.getMessage());
  }
}
