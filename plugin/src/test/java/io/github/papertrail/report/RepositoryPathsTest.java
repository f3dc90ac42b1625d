package io.github.papertrail.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source files named from the repository's root, as code scanning finds them. */
class RepositoryPathsTest {

  @TempDir Path repo;

  @Test
  void theRootIsTheNearestFolderWithGitElseTheFallback() throws Exception {
    Path module = Files.createDirectories(repo.resolve("ml-core"));
    Path elsewhere = repo.resolve("elsewhere");
    Path before = RepositoryPaths.root(module, elsewhere);
    assertTrue(
        before.equals(elsewhere) || !before.startsWith(repo),
        "no .git in the temporary folder: the fallback, or a folder above it: " + before);
    Files.writeString(repo.resolve(".git"), "gitdir: ../main/.git/worktrees/x\n");
    assertEquals(repo, RepositoryPaths.root(module, elsewhere));
    Files.createDirectories(module.resolve(".git"));
    assertEquals(module, RepositoryPaths.root(module, elsewhere));
  }

  @Test
  void aFileIsNamedUnderTheSourceRootThatHoldsIt() throws Exception {
    Path main = repo.resolve("ml-core/src/main/java");
    Path generated = repo.resolve("ml-core/target/generated-sources/papertrail");
    Files.createDirectories(generated.resolve("com/acme"));
    Files.writeString(generated.resolve("com/acme/Papers.java"), "");
    RepositoryPaths paths = new RepositoryPaths(repo, List.of(main, generated));
    assertEquals(
        "ml-core/target/generated-sources/papertrail/com/acme/Papers.java",
        paths.uri("com/acme/Papers.java"));
    assertEquals(
        "ml-core/src/main/java/com/acme/Lora.java",
        paths.uri("com/acme/Lora.java"),
        "a file found nowhere: under the main source root");
    assertEquals(
        "ml-core/src/main/java/com/acme/My%20Lora.java", paths.uri("com/acme/My Lora.java"));
    assertNull(paths.uri(null));
    assertNull(new RepositoryPaths(repo, List.of()).uri("com/acme/Lora.java"));
  }
}
