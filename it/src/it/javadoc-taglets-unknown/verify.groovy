// javadoc-taglets-unknown: javadoc fails on {@paper 2106.99999}, naming the file and line of the tag.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = ~/Lora\.java:6: error: \[PaperUnknownId\] 2106\.99999 is in none of the catalogs \(the bundled seed catalog\)/
assert log =~ expected : "no javadoc error at Lora.java:6 for 2106.99999 in:\n${log}"
