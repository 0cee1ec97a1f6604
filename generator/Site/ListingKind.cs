namespace DecisionsPortal.Site;

public enum ListingKind
{
    All,
    Year,
    Body,
    Topic,
    Person,
}
