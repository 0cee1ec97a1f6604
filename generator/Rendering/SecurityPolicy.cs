namespace DecisionsPortal.Rendering;

/// <summary>
/// The Content-Security-Policy every page carries: only the site's own files may load, and no
/// inline script or style can run, so even markup that slipped past escaping stays inert.
/// Pages carry it in a meta element (hosts that send no headers still enforce it); the
/// <c>_headers</c> file adds what a meta element cannot say, such as frame-ancestors.
/// </summary>
public static class SecurityPolicy
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>The policy as a header: browsers ignore frame-ancestors in a meta element.</summary>
    public const string ContentSecurityPolicyHeader = ContentSecurityPolicy + "; frame-ancestors 'none'";
}
