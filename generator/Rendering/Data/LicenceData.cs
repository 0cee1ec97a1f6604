namespace DecisionsPortal.Rendering.Data;

/// <summary>The open data's licence as decisions.json states it (site.yml <c>data_licence:</c>).</summary>
public sealed record LicenceData(string Name, string Url);
