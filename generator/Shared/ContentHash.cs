using System.Security.Cryptography;

namespace DecisionsPortal.Shared;

/// <summary>The short content hash in file names (assets, search index files) that lets hosts cache them forever.</summary>
public static class ContentHash
{
    public static string Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
}
