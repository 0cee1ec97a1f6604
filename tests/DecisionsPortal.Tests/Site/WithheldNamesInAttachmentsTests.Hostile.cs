using System.Buffers.Binary;
using System.Text;
using DecisionsPortal.Tests.Support;

namespace DecisionsPortal.Tests.Site;

/// <summary>
/// Hostile files in a published zip, small but of a shape read once a piece for each piece: each is
/// read once in all, and the build ends with its text checked.
/// </summary>
public sealed partial class WithheldNamesInAttachmentsTests
{
    // A header folded into 400,000 lines (each joined to all before it, the build did not end).
    [Fact]
    public void A_mail_whose_header_is_folded_into_many_lines_is_read_and_its_text_checked()
    {
        var mail = Encoding.ASCII.GetBytes("From: a@b.fi\nSubject: alku\n" + string.Concat(Enumerable.Repeat(" sana\n", 400_000)) + "Content-Type: text/plain\n\nKatso kauppakirja-meikalainen.pdf.\n");
        using var site = Site(TestOfficeDocument.Files(("viesti.eml", mail)), "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A compound file whose directory is all root entries, each the whole file long (the mini stream
    // was read again for each, the build did not end in minutes).
    [Fact]
    public void An_embedded_object_whose_directory_is_all_root_entries_is_read_and_the_zip_checked()
    {
        var files = TestOfficeDocument.Files(("word/embeddings/oleObject1.bin", AllRootEntries(1000)), ("saate.txt", "Katso kauppakirja-meikalainen.pdf.\n"u8.ToArray()));
        using var site = Site(files, "liite-1.zip");

        var error = Assert.Single(site.BuildOn(BuildDate).Diagnostics, d => d.IsError);

        Assert.Equal(("DP0250", 8), (error.Code, error.Location.Line));
    }

    // A compound file of 4 KB sectors: its FAT, then one chain of the sectors given that is its
    // directory, its mini FAT and every entry's stream, each entry a root entry of the chain's length.
    private static byte[] AllRootEntries(int sectors)
    {
        var file = new byte[4096 * (2 + sectors)];
        TestEmbeddedObject.CompoundHeader(file, 12, 1, 1, 1, sectors);
        var fat = file.AsSpan(4096, 4096);
        fat.Fill(0xFF);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, 0xFFFFFFFD);
        for (var sector = 1; sector <= sectors; sector++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * sector)..], sector == sectors ? 0xFFFFFFFE : (uint)sector + 1);
        }

        var name = Encoding.Unicode.GetBytes("Root Entry\0");
        for (var at = 4096 * 2; at < file.Length; at += 128)
        {
            name.CopyTo(file, at);
            BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(at + 64), (ushort)name.Length);
            file[at + 66] = 5;
            BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(at + 116), 1);
            BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(at + 120), (uint)(4096 * sectors));
        }

        return file;
    }
}
