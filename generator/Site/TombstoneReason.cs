namespace DecisionsPortal.Site;

public enum TombstoneReason
{
    /// <summary>The file is still there with <c>withdrawn: true</c> or a date.</summary>
    Withdrawn,

    /// <summary>The file was deleted and listed in site.yml <c>removed:</c>.</summary>
    Deleted,
}
