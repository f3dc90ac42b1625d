// processor-unknown-id: a mistyped arXiv id fails the build with the tagged error, the likely fix, and its position.
def log = new File(basedir, 'build.log').text

def message = '[PaperUnknownId] 2106.09658 is not in the bundled seed catalog'
assert log.contains(message) : "build.log lacks the error '$message'"

def hint = 'Did you mean 2106.09685 (hu2021lora'
assert log.contains(hint) : "build.log lacks the suggestion '$hint'"

// Maven's compiler format, /abs/path/src/main/java/com/acme/lora/AdapterMerge.java:[line,column], at the opening quote.
def position = ~/(?m)^\[ERROR\] .*\/src\/main\/java\/com\/acme\/lora\/AdapterMerge\.java:\[8,10\] \[PaperUnknownId\] 2106\.09658 /
assert position.matcher(log).find() : "build.log has no [ERROR] line placing [PaperUnknownId] at com/acme/lora/AdapterMerge.java:[8,10]"
