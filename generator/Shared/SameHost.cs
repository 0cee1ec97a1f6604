namespace DecisionsPortal;

/// <summary>
/// Whether an address written whole names this site's host: browsers open the host in other
/// capitals and with its final dot ('paatokset.example.fi.') as the same site, so the checks that
/// keep a confidential file's name off the page must read it the same way.
/// </summary>
public static class SameHost
{
    public static bool As(Uri address, Uri site) =>
        string.Equals(address.Host.TrimEnd('.'), site.Host.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
}
