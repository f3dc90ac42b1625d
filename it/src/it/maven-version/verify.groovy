// maven-version: the compatibility run really ran under the Maven it names (expectedMaven, from it/pom.xml).
def log = new File(basedir, 'build.log').text
assert log.contains("Apache Maven ${expectedMaven} ") : "build.log does not show Apache Maven ${expectedMaven}: " + log.readLines().take(3)
