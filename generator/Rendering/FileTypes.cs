namespace DecisionsPortal.Rendering;

/// <summary>What a visitor is told about a file before opening it: its type and its size, in their language.</summary>
public static class FileTypes
{
    /// <summary>The extension in capitals ("PDF"), which readers know better than a media type.</summary>
    public static string Of(string file)
    {
        var extension = Path.GetExtension(file);
        return extension.Length > 1 ? extension[1..].ToUpperInvariant() : "";
    }

    /// <summary>
    /// "850 t", "1,2 Mt": units and the decimal separator come from the language's strings
    /// (<c>size_units</c>, <c>decimal_separator</c>), never from the machine's culture.
    /// </summary>
    public static string Size(long bytes, string units, string decimalSeparator)
    {
        var names = units.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            names = ["B", "kB", "MB", "GB"];
        }

        if (bytes < 1024)
        {
            return $"{bytes.ToString(CultureInfo.InvariantCulture)} {names[0]}";
        }

        var value = (double)bytes;
        var unit = 0;
        while (value >= 1024 && unit < names.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        var text = Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture).Replace(".", decimalSeparator, StringComparison.Ordinal);
        return $"{text} {names[unit]}";
    }
}
