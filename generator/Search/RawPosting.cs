namespace DecisionsPortal.Search;

/// <summary>
/// One posting as <see cref="PostingsBuilder"/> collects it: term and surface forms by their ids
/// in the build (<see cref="SurfaceForms"/>), summed field weight, and its range of the positions.
/// One struct per posting, so that regrouping them by term reads each in one cache line.
/// </summary>
internal readonly record struct RawPosting(int Term, int Doc, int Weight, int PositionFrom, int PositionTo, int Surface)
{
    // A field, so that SurfaceForms.Of can read a set of one form in place.
    public readonly int Surface = Surface;
}
