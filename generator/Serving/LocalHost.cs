using Microsoft.AspNetCore.Http;

namespace DecisionsPortal.Serving;

/// <summary>
/// Whether a request was addressed to this machine by name. serve listens on 127.0.0.1 only, but a
/// page of another site can have its own name resolved to 127.0.0.1 (DNS rebinding) and then read
/// serve's answers, drafts included, as its own; its requests still carry that site's name.
/// </summary>
internal static class LocalHost
{
    public static bool Is(HostString host) =>
        host.Host.Equals("127.0.0.1", StringComparison.Ordinal)
        || host.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.Host.Equals("[::1]", StringComparison.Ordinal)
        || !host.HasValue;
}
