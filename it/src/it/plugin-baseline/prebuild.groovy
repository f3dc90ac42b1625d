// The project is its own repository for the SARIF file's paths (see plugin-check-fails).
new File(basedir, '.git').mkdirs()
return true
