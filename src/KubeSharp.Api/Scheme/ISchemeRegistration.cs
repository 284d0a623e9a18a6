namespace KubeSharp.Api.Scheme;

/// <summary>
/// One API group version's kinds, registered from its own file under Scheme/Groups (upstream's per-group
/// register.go). <see cref="KubeScheme.Default"/> finds every implementation in this assembly, so adding a
/// group needs no central list; see Scheme/README.md.
/// </summary>
public interface ISchemeRegistration
{
    void Register(SchemeBuilder scheme);
}
