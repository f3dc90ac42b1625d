// processor-plain-javac: plain javac with the processor jar on -processorpath, no build tool.
// 1. A module that does not use papertrail (no annotations jar) but has the processor configured, as
//    a parent POM does for every module, compiles with no output at all: such short compilations
//    once printed a background thread's NoClassDefFoundError.
// 2. A typo'd arXiv id fails the compilation on its line, with the tag and the suggestion.
def repo = new File(localRepositoryPath, 'io/github/papertrail')
def jar = { String artifact ->
  def versions = new File(repo, artifact).listFiles().findAll { it.isDirectory() }
  assert versions.size() == 1 : "expected one version of $artifact in the ITs' local repository, found $versions"
  new File(versions[0], "$artifact-${versions[0].name}.jar")
}
def processor = jar('papertrail-processor')
def annotations = jar('papertrail-annotations')
assert processor.isFile() : "no processor jar at $processor"
assert annotations.isFile() : "no annotations jar at $annotations"
def javac = new File(System.getProperty('java.home'), 'bin/javac')

// Both ways javac finds a processor: on -processorpath, or (without one) on the class path.
def compile = { String name, boolean onClassPath, boolean withAnnotations, String... sources ->
  def out = new File(basedir, "target/$name")
  out.mkdirs()
  def classPath = withAnnotations ? [annotations.path] : []
  def paths = onClassPath ? ['-cp', (classPath + [processor.path]).join(File.pathSeparator)]
                          : (withAnnotations ? ['-cp', annotations.path] : []) + ['-processorpath', processor.path]
  def command = [javac.path, '-encoding', 'UTF-8'] + paths + ['-d', out.path] +
                sources.collect { new File(basedir, "src/com/acme/$it").path }
  def process = new ProcessBuilder(command).redirectErrorStream(true).start()
  def output = process.inputStream.text
  [process.waitFor(), output]
}

[false, true].each { onClassPath ->
  def how = onClassPath ? 'the processor jar on the class path' : 'the processor jar on -processorpath'
  5.times { i ->
    def (status, output) = compile("plain-$onClassPath-$i", onClassPath, false, 'Plain.java')
    assert status == 0 : "javac failed on a module without papertrail-annotations, $how:\n$output"
    assert output.isEmpty() : "javac printed something for a module without papertrail-annotations, $how (run ${i + 1} of 5):\n$output"
  }
}

def (status, output) = compile('lora', false, true, 'Lora.java')
assert status != 0 : "javac accepted the unknown id 2106.09865:\n$output"
assert output.contains('Lora.java:7: error: [PaperUnknownId]') : "no [PaperUnknownId] error on Lora.java line 7:\n$output"
assert output.contains('2106.09685') : "the error does not suggest 2106.09685:\n$output"
assert !output.contains('Lora.java:5:') : "the valid citation on line 5 was reported:\n$output"
assert !output.contains('Exception') : "a stack trace reached the user:\n$output"
true
