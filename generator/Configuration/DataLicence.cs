namespace DecisionsPortal.Configuration;

/// <summary>The licence of the open data (site.yml <c>data_licence:</c>): a name such as "CC BY 4.0" and the address of its terms.</summary>
public sealed record DataLicence(string Name, Uri Url);
