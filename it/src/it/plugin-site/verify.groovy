// plugin-site: target/site/papertrail.html is the report in the site's skin and links the full page.
def page = new File(basedir, 'target/site/papertrail.html')
assert page.isFile() : 'mvn site did not write target/site/papertrail.html'
def text = page.text
assert text.contains('Paper references') : 'the site page lacks its title'
assert text.contains('Direct Preference Optimization: Your LM is Secretly a Reward Model') : 'the site page lacks the DPO title'
assert text.contains('com.acme.DpoLoss') : 'the site page lacks the class'
assert text.contains('papertrail/references.html') : 'the site page does not link the full page'
def full = new File(basedir, 'target/site/papertrail/references.html')
assert full.isFile() && full.text.contains('com.acme.DpoLoss') : 'the full page is missing from the site'
