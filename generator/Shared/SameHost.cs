namespace DecisionsPortal;

/// <summary>
/// Whether an address written whole names this site's host: browsers open the host in other
/// capitals, with its final dot ('paatokset.example.fi.') and in either spelling of a host with
/// letters such as ä (päätökset.example.fi = xn--ptkset-buaa7n.example.fi) as the same site, so the
/// checks that keep a confidential file's name off the page must read it the same way.
/// </summary>
public static class SameHost
{
    public static bool As(Uri address, Uri site) =>
        string.Equals(address.IdnHost.TrimEnd('.'), site.IdnHost.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);
}
