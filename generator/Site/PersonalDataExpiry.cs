using DecisionsPortal.Diagnostics;

namespace DecisionsPortal.Site;

/// <summary>
/// One piece of personal data and the first day it is no longer published (null: never, because
/// the decision has no appeal period the generator can compute). <see cref="Field"/> names the
/// front-matter field, or "text" for a mark in the Markdown body. The data itself is not kept
/// here, so that reporting expiries never prints it.
/// </summary>
public sealed record PersonalDataExpiry(SourceLocation Location, string Field, DateOnly? Expires, bool Removed);
