namespace DecisionsPortal.Rendering.Data;

/// <summary>
/// A decision's organ or topic: the id used in front matter and URLs, its label in the data's
/// language, and the Atom feed of its listing in that language, so a reader of the data finds the
/// feed to follow as the page's reader does.
/// </summary>
public sealed record FollowedTermData(string Id, string Label, string Feed);
