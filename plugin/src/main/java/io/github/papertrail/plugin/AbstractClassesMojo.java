package io.github.papertrail.plugin;

import io.github.papertrail.check.Severity;
import io.github.papertrail.config.CompilerOptions;
import io.github.papertrail.config.FrontEnd;
import io.github.papertrail.config.OptionException;
import io.github.papertrail.report.Citation;
import io.github.papertrail.scan.ClassFileCitations;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal over the module's compiled classes (check, export): it reads the citations their
 * {@code @Paper} annotations keep, so it declares where the classes are and reads them one way.
 */
public abstract class AbstractClassesMojo extends AbstractPapertrailMojo {

  /** The compiled classes to read citations from. */
  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true)
  private File classesDirectory;

  /** The module's name, recorded on its citations and named in messages. */
  @Parameter(defaultValue = "${project.artifactId}", readonly = true)
  private String moduleName;

  /** The compiled classes' folder, where the citation index is too. */
  protected File classesDirectory() {
    return classesDirectory;
  }

  /** Whether the module has compiled classes; if not, logs that the goal has nothing to do. */
  protected boolean hasClasses() {
    if (classesDirectory.isDirectory()) {
      return true;
    }
    getLog()
        .info("papertrail: no compiled classes in " + classesDirectory + ", nothing to " + goal());
    return false;
  }

  /**
   * The {@code mentions} parameter's severity, null for {@code off}, as check and baseline take it.
   *
   * @throws MojoFailureException naming the parameter and the values it takes
   */
  protected static Severity mentionSeverity(String mentions) throws MojoFailureException {
    try {
      return CompilerOptions.mentions(FrontEnd.MAVEN, mentions);
    } catch (OptionException e) {
      throw new MojoFailureException("papertrail: " + e.getMessage());
    }
  }

  /**
   * The citations of the module's classes, with source lines from the processor's index where there
   * is one.
   *
   * @throws io.github.papertrail.catalog.CatalogException naming the class file or the index that
   *     cannot be read
   */
  protected List<Citation> citations() {
    return ClassFileCitations.read(classesDirectory.toPath(), moduleName);
  }
}
