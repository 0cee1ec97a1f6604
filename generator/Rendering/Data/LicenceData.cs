namespace DecisionsPortal.Rendering.Data;

/// <summary>The open data's licence as decisions.json states it (site.yml <c>data_licence:</c>).</summary>
public sealed record LicenceData(string Name, string Url)
{
    /// <summary>The licence each open-data file states; null when site.yml names none.</summary>
    public static LicenceData? Of(Configuration.SiteConfig config) => config.DataLicence is { } l ? new LicenceData(l.Name, l.Url.AbsoluteUri) : null;
}
