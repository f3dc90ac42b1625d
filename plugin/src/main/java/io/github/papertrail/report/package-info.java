/**
 * What the goals compute and write, without Maven: the check's findings, the references page in
 * each format, the exports (BibTeX, CSL-JSON, CFF) and the catalog search.
 */
package io.github.papertrail.report;
