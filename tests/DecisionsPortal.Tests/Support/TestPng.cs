namespace DecisionsPortal.Tests.Support;

/// <summary>A PNG's parts, as an image editor writes them: its signature, then chunks (a text chunk: 'tEXt', its key, 0, its words).</summary>
public static class TestPng
{
    public static byte[] Of(params byte[][] chunks) => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. chunks.SelectMany(c => c), .. Chunk("IEND", [])];

    // The CRC is not checked by a reader of text chunks.
    public static byte[] Chunk(string type, byte[] data) =>
        [(byte)(data.Length >> 24), (byte)(data.Length >> 16), (byte)(data.Length >> 8), (byte)data.Length, .. System.Text.Encoding.ASCII.GetBytes(type), .. data, 0, 0, 0, 0];
}
