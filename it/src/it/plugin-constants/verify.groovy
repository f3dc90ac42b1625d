// plugin-constants: papertrail:constants wrote com.acme.Papers with Javadoc, it compiled, and code citing its
// constants (and the seeds jar's SeedPapers) resolves to the right entries.
import groovy.json.JsonSlurper

def generated = new File(basedir, 'target/generated-sources/papertrail/com/acme/Papers.java')
assert generated.isFile() : "papertrail:constants wrote no $generated"
def source = generated.text
assert source.contains('public final class Papers {') : 'the class is not public final'
assert source.contains('public static final String HU2021LORA = "2106.09685";') : 'no HU2021LORA constant'
assert source.contains(' * LORA: LOW-RANK ADAPTATION OF LARGE LANGUAGE MODELS\n') : 'the Javadoc lacks the title'
assert source.contains(' * <p>Hu et al., 2021, ICLR\n') : 'the Javadoc lacks authors, year and venue'
assert source.contains('<a href="https://arxiv.org/abs/2106.09685">arxiv:2106.09685</a>') : 'the Javadoc lacks the arXiv link'
assert source.contains('{@code @Paper(Papers.HU2021LORA)}') : 'the class Javadoc does not say how to use it'
assert (source =~ /(?m)^  public static final String /).count == 187 : 'not one constant per bundled entry'

assert new File(basedir, 'target/classes/com/acme/Papers.class').isFile() : 'com.acme.Papers was not compiled'
assert new File(basedir, 'target/classes/com/acme/peft/LoraAdapter.class').isFile() : 'LoraAdapter was not compiled'

def index = new File(basedir, 'target/classes/META-INF/papertrail/citations.json')
assert index.isFile() : "the processor wrote no citation index: $index is missing"
def citations = new JsonSlurper().parse(index).citations
def found = citations.collect { [it.element, it.id, it.entry] }
assert found == [
  ['com.acme.peft.LoraAdapter', '2106.09685', 'hu2021lora'],
  ['com.acme.peft.LoraAdapter#PROJECTION_RANK', '2403.03507', 'galore2024'],
] : "citations in the index: $found"

def log = new File(basedir, 'build.log').text
assert log.contains('papertrail: wrote com.acme.Papers (187 constants) to ') : 'the first build did not report the class'
assert log.contains('papertrail: unchanged: com.acme.Papers (187 constants) in ') : 'the second build rewrote the class'
assert log.contains('Nothing to compile - all classes are up to date') : 'the second build recompiled: the class was touched'
assert log.contains('papertrail: 2 citations checked, 0 problems, 0 failing the build') : 'papertrail:check did not pass'
assert !log.contains('[Paper') : 'the processor reported a problem'
