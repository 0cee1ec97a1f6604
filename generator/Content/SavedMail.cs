using MimeKit;
using MimeKit.Tnef;

namespace DecisionsPortal.Content;

/// <summary>
/// A saved e-mail (.eml, as Outlook and Thunderbird save one; a web page saved as one file, .mht,
/// is one too; a mailbox, .mbox, is many) is published with its headers (the sender, the subject),
/// its text and its attachments, which a client writes encoded (base64, quoted-printable, a header's
/// encoded words, RFC 2231's names): the name in them is not in its bytes. MimeKit's reader takes it
/// apart (<see cref="MailReader"/>) part by part, so no tree of a mail of many parts is built.
/// </summary>
internal static partial class SavedMail
{
    // Attachments of a winmail.dat read at most, as a zip's files are; past them its runs of text only.
    private const int MaxTnefAttachments = 10_000;

    // What tells that a winmail.dat's reading stopped before its end (a download broken off, a length that claims more than is there).
    private const TnefComplianceStatus Stopped = TnefComplianceStatus.StreamTruncated | TnefComplianceStatus.InvalidAttributeLength
        | TnefComplianceStatus.AttributeOverflow | TnefComplianceStatus.InvalidAttributeLevel;

    public static bool IsOne(string file) => Path.GetExtension(file).ToLowerInvariant() is ".eml" or ".mht" or ".mhtml" or ".mbox";

    /// <summary>Whether the file is Outlook's winmail.dat (TNEF), by its signature: a client that cannot read one saves it under any name.</summary>
    public static bool IsTnef(byte[] file) => file is [0x78, 0x9F, 0x3E, 0x22, ..];

    /// <summary>
    /// The words of a winmail.dat, in which Outlook sends a mail's text and attachments to a client
    /// it thinks reads Rich Text, read as <see cref="Words"/> reads a mail's; <paramref name="cut"/>
    /// where its reading stops before its end (MimeKit reads it so far, with no error); one damaged
    /// otherwise is an <see cref="InvalidDataException"/>.
    /// </summary>
    public static string TnefWords(string name, byte[] tnef, Func<string, byte[], string> file, Action pastLimits, out bool cut)
    {
        // MimeKit decodes a winmail.dat's text by its code page (1252 and the like), which .NET
        // knows only once the provider is registered: else its type initialiser fails. Registering
        // twice is harmless, and no other reader depends on its being absent.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        // Its runs of text too: the conversion to a mail keeps only the attributes a mail has a
        // place for, and Outlook writes others (and a damaged one is still bytes).
        var text = new StringBuilder(FileStrings.Of(tnef)).Append('\n');
        try
        {
            // Its attachments counted first: the conversion builds a mail of them all at once.
            var attachments = 0;
            using (var reader = new TnefReader(new MemoryStream(tnef, writable: false), 0, TnefComplianceMode.Loose))
            {
                while (reader.ReadNextAttribute())
                {
                    attachments += reader.AttributeTag == TnefAttributeTag.AttachRenderData ? 1 : 0;
                }

                cut = (reader.ComplianceStatus & Stopped) != 0;
            }

            if (attachments > MaxTnefAttachments)
            {
                pastLimits();
                return text.ToString();
            }

            using var part = new TnefPart { Content = new MimeContent(new MemoryStream(tnef, writable: false)) };
            using var mail = new MemoryStream();
            part.ConvertToMessage().WriteTo(mail);
            text.Append(Words(name, mail.ToArray(), file, pastLimits));
        }
        catch (Exception e) when (e is TnefException or FormatException or ArgumentException)
        {
            throw new InvalidDataException(e.Message, e);
        }

        return text.ToString();
    }

    /// <summary>
    /// The mail's words: its headers decoded, its text parts, and what <paramref name="file"/> reads of
    /// each other part, given its path in the mail ('viesti.eml/hakemus.pdf') and its bytes decoded.
    /// <paramref name="pastLimits"/> is told of parts nested past what is read. A file that does not
    /// start as a mail does is read by its runs of text, as a file of unknown kind is.
    /// </summary>
    public static string Words(string name, byte[] mail, Func<string, byte[], string> file, Action pastLimits)
    {
        // A tool that saves a mail may write a byte order mark or a blank line before its headers.
        var start = mail.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        while (start < mail.Length && mail[start] is (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (!HeaderName().IsMatch(Encoding.Latin1.GetString(mail, start, Math.Min(mail.Length - start, 1000))))
        {
            return FileStrings.Of(mail);
        }

        // A mailbox (.mbox) is mails one after another, each after its 'From ' line.
        var text = new StringBuilder();
        var format = mail.AsSpan(start).StartsWith("From "u8) ? MimeFormat.Mbox : MimeFormat.Entity;
        var reader = new MailReader(mail, start, format, name, file, pastLimits, text);
        try
        {
            do
            {
                reader.ReadMessage();
            }
            while (format == MimeFormat.Mbox && !reader.IsEndOfStream);
        }

        // Headers no parser can take apart: the rest is read by its runs of text.
        catch (FormatException)
        {
            text.Append(FileStrings.Of(mail));
        }

        return text.ToString();
    }

    // A header's name at the file's start (an mbox's 'From ' line may stand before it).
    [GeneratedRegex(@"\A(From [^\n]*\n)?[!-9;-~]+:")]
    private static partial Regex HeaderName();
}
