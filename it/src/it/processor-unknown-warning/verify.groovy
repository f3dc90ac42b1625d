// processor-unknown-warning: with -Apapertrail.unknown=warning the typo is a warning, and the index keeps it unresolved.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def warning = ~/(?m)^\[WARNING\] .*\/com\/acme\/lora\/AdapterMerge\.java:\[9,10\] \[PaperUnknownId\] 2106\.09658 is not in /
assert warning.matcher(log).find() : "build.log has no [WARNING] line with [PaperUnknownId] 2106.09658 at com/acme/lora/AdapterMerge.java:[9,10]"

def index = new File(basedir, 'target/classes/META-INF/papertrail/citations.json')
assert index.isFile() : "the processor wrote no citation index: $index is missing"
def citations = new JsonSlurper().parse(index).citations
assert citations*.element == ['com.acme.lora.AdapterMerge', 'com.acme.lora.AdapterMerge#merge(double[][],double[][])'] :
    "expected the class's and merge's citations, found ${citations*.element}"

def known = citations[0]
assert known.id == '2106.09685' && known.entry == 'hu2021lora' && known.line == 6 : "the valid citation is wrong: $known"

def unknown = citations[1]
assert unknown.id == '2106.09658' && unknown.line == 9 : "the unknown citation is wrong: $unknown"
assert unknown.normalized == 'arxiv:2106.09658' : "normalized should be arxiv:2106.09658, is ${unknown.normalized}"
assert unknown.containsKey('entry') : "the unknown citation has no \"entry\" key (should be \"entry\": null): $unknown"
assert unknown.entry == null : "an unknown id should have \"entry\": null, has \"entry\": \"${unknown.entry}\""
