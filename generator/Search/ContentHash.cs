using System.Security.Cryptography;

namespace DecisionsPortal.Search;

/// <summary>The short content hash in file names that lets hosts cache index files forever.</summary>
public static class ContentHash
{
    public static string Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
}
