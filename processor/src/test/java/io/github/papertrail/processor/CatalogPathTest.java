package io.github.papertrail.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.github.papertrail.catalog.Catalog;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's catalog jar on the processor path: its papers can be cited with no option at all, as in
 * any build tool that puts the jar beside the processor.
 */
class CatalogPathTest {

  @TempDir Path dir;

  static final JavaFileObject WIDGET =
      JavaFileObjects.forSourceLines(
          "com.acme.Widget",
          "package com.acme;",
          "",
          "@io.github.papertrail.Paper(\"2501.00417\")",
          "final class Widget {}");

  URLClassLoader teamJar() throws IOException {
    Path jar = dir.resolve("team-papers-1.0.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      out.putNextEntry(new JarEntry(Catalog.RESOURCE));
      out.write(
          """
          {"schemaVersion": 1, "entries": [{"key": "acme2025widget",
            "title": "Widget Attention for Sparse Transformers",
            "ids": {"arxiv": "arxiv:2501.00417"}, "year": 2025, "kind": "paper"}]}
          """
              .getBytes(StandardCharsets.UTF_8));
    }
    return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
  }

  @Test
  void aPaperOnlyTheTeamJarHoldsCompilesAndIsIndexed() throws IOException {
    try (URLClassLoader path = teamJar()) {
      Compilation compilation = javac().withProcessors(new PaperProcessor(path)).compile(WIDGET);
      assertThat(compilation).succeededWithoutWarnings();
      assertEquals(
          "acme2025widget", PaperProcessorTest.index(compilation).get(0).entry(), "its key");
    }
  }

  @Test
  void withoutTheJarTheSamePaperIsUnknown() throws IOException {
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      Compilation compilation = javac().withProcessors(new PaperProcessor(empty)).compile(WIDGET);
      assertThat(compilation).hadErrorContaining("[PaperUnknownId]");
      assertThat(compilation).hadErrorContaining("2501.00417");
    }
  }
}
