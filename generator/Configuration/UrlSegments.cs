namespace DecisionsPortal.Configuration;

/// <summary>The words a language uses in its URLs, e.g. /fi/paatokset/ and /sv/beslut/.</summary>
public sealed record UrlSegments(
    string Decisions,
    string Year,
    string Body,
    string Topic,
    string Person,
    string Page,
    string Search);
