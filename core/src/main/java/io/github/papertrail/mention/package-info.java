/**
 * Papers named in prose: {@link io.github.papertrail.mention.PaperMentions} finds the paper
 * identifiers a Javadoc, a comment or a catalog's free-text field links or names (arXiv ids, DOIs,
 * OpenReview and ACL Anthology papers, and the pages of sites about one arXiv paper), each with
 * where it is and how it is written. What a candidate is, the identifier grammar ({@link
 * io.github.papertrail.id.Identifier#parse(String)}) decides; a plain web page is no mention.
 * Depends on nothing of papertrail's but the identifiers.
 */
package io.github.papertrail.mention;
