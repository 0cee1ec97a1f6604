namespace DecisionsPortal.Diagnostics;

public static class ExitCodes
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int UsageErrors = 2;

    /// <summary>A run's code by what it reported: a configuration error (site.yml, the command line) stops it as a usage error even beside errors in content.</summary>
    public static int Of(IReadOnlyList<Diagnostic> diagnostics) =>
        !diagnostics.Any(d => d.IsError) ? Ok
        : diagnostics.Any(d => d.IsError && DiagnosticCodes.IsConfigurationCode(d.Code)) ? UsageErrors
        : ContentErrors;
}
