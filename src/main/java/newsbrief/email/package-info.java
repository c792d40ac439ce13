/**
 * The email edition: takes the validated {@link newsbrief.model.Site} and gives
 * {@link newsbrief.email.EmailEdition}s (HTML for every mail client, plain text, a MIME draft)
 * through {@link newsbrief.email.EmailEditions}; checks them ({@link newsbrief.email.EmailPreflight});
 * writes them ({@link newsbrief.email.EmailFiles}); hands them over when asked (an SMTP test copy,
 * Buttondown and listmonk drafts). The site comes from the one pipeline
 * ({@link newsbrief.SiteBuild#publish}); the preview shows each edition's HTML through
 * {@link newsbrief.site.EmailPreviewOutput}.
 */
package newsbrief.email;
