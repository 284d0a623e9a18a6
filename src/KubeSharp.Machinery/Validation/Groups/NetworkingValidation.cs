using KubeSharp.Api.Networking.V1;
using KubeSharp.Machinery.Internal;

namespace KubeSharp.Machinery.Validation.Groups;

/// <summary>
/// Validation of networking.k8s.io/v1 Ingresses (upstream's pkg/apis/networking/validation: ValidateIngressSpec,
/// rules and hosts, HTTP paths by path type, service backends). TLS entries and resource backends are only
/// checked for presence.
/// </summary>
public static class NetworkingValidation
{
    private static readonly string[] InvalidPathSequences = ["//", "/./", "/../", "%2f", "%2F"];
    private static readonly string[] InvalidPathSuffixes = ["/..", "/."];

    public static FieldErrorList ValidateIngress(Ingress ingress)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(ingress.Metadata, true, NameValidation.NameIsDNSSubdomain, FieldPath.New("metadata"));
        errors.AddRange(ValidateIngressSpec(ingress.Spec, FieldPath.New("spec")));
        return errors;
    }

    public static FieldErrorList ValidateIngressUpdate(Ingress ingress, Ingress old)
    {
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(ingress.Metadata, old.Metadata, FieldPath.New("metadata"));
        errors.AddRange(ValidateIngressSpec(ingress.Spec, FieldPath.New("spec")));
        return errors;
    }

    public static FieldErrorList ValidateIngressSpec(IngressSpec spec, FieldPath path)
    {
        var errors = new FieldErrorList();
        var rules = spec.Rules ?? [];
        if (rules.Count == 0 && spec.DefaultBackend is null)
        {
            var printed = spec.Rules is null ? new GoLiteral("[]networking.IngressRule(nil)") : new GoLiteral("[]networking.IngressRule{}");
            errors.Add(FieldError.Invalid(path, printed, "either `defaultBackend` or `rules` must be specified"));
        }

        if (spec.DefaultBackend is not null)
        {
            errors.AddRange(ValidateIngressBackend(spec.DefaultBackend, path.Child("defaultBackend")));
        }

        for (var i = 0; i < rules.Count; i++)
        {
            errors.AddRange(ValidateIngressRule(rules[i], path.Child("rules").Index(i)));
        }

        if (spec.IngressClassName is { } className)
        {
            foreach (var message in NameValidation.NameIsDNSSubdomain(className, false))
            {
                errors.Add(FieldError.Invalid(path.Child("ingressClassName"), className, message));
            }
        }

        return errors;
    }

    private static FieldErrorList ValidateIngressRule(IngressRule rule, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (!string.IsNullOrEmpty(rule.Host))
        {
            var host = rule.Host;
            if (Core.CoreValidation.IsValidIP(host))
            {
                errors.Add(FieldError.Invalid(path.Child("host"), host, "must be a DNS name, not an IP address"));
            }

            var messages = host.Contains('*', StringComparison.Ordinal) ? Formats.IsWildcardDNS1123Subdomain(host) : Formats.IsDNS1123Subdomain(host);
            foreach (var message in messages)
            {
                errors.Add(FieldError.Invalid(path.Child("host"), host, message));
            }
        }

        if (rule.HTTP is { } http)
        {
            var httpPath = path.Child("http");
            if (http.Paths.Count == 0)
            {
                errors.Add(FieldError.Required(httpPath.Child("paths")));
            }

            for (var i = 0; i < http.Paths.Count; i++)
            {
                errors.AddRange(ValidateHTTPIngressPath(http.Paths[i], httpPath.Child("paths").Index(i)));
            }
        }

        return errors;
    }

    private static FieldErrorList ValidateHTTPIngressPath(HTTPIngressPath ingressPath, FieldPath path)
    {
        if (ingressPath.PathType is null)
        {
            return [FieldError.Required(path.Child("pathType"), "pathType must be specified")];
        }

        var errors = new FieldErrorList();
        var value = ingressPath.Path ?? "";
        switch (ingressPath.PathType)
        {
            case PathType.Exact or PathType.Prefix:
                if (!value.StartsWith('/'))
                {
                    errors.Add(FieldError.Invalid(path.Child("path"), value, "must be an absolute path"));
                }

                foreach (var sequence in InvalidPathSequences.Where(s => value.Contains(s, StringComparison.Ordinal)))
                {
                    errors.Add(FieldError.Invalid(path.Child("path"), value, $"must not contain '{sequence}'"));
                }

                foreach (var suffix in InvalidPathSuffixes.Where(s => value.EndsWith(s, StringComparison.Ordinal)))
                {
                    errors.Add(FieldError.Invalid(path.Child("path"), value, $"cannot end with '{suffix}'"));
                }

                break;
            case PathType.ImplementationSpecific:
                if (value.Length > 0 && !value.StartsWith('/'))
                {
                    errors.Add(FieldError.Invalid(path.Child("path"), value, "must be an absolute path"));
                }

                break;
            default:
                errors.Add(FieldError.NotSupported(path.Child("pathType"), ingressPath.PathType, [PathType.Exact, PathType.ImplementationSpecific, PathType.Prefix]));
                break;
        }

        errors.AddRange(ValidateIngressBackend(ingressPath.Backend, path.Child("backend")));
        return errors;
    }

    public static FieldErrorList ValidateIngressBackend(IngressBackend backend, FieldPath path)
    {
        var errors = new FieldErrorList();
        switch (backend)
        {
            case { Resource: not null, Service: not null }:
                errors.Add(FieldError.Invalid(path, "", "cannot set both resource and service backends"));
                break;
            case { Resource: { } resource }:
                if (string.IsNullOrEmpty(resource.Kind))
                {
                    errors.Add(FieldError.Required(path.Child("resource", "kind")));
                }

                if (string.IsNullOrEmpty(resource.Name))
                {
                    errors.Add(FieldError.Required(path.Child("resource", "name")));
                }

                break;
            case { Service: { } service }:
                if (service.Name.Length == 0)
                {
                    errors.Add(FieldError.Required(path.Child("service", "name")));
                }
                else
                {
                    foreach (var message in NameValidation.NameIsDNS1035Label(service.Name, false))
                    {
                        errors.Add(FieldError.Invalid(path.Child("service", "name"), service.Name, message));
                    }
                }

                var portName = service.Port.Name ?? "";
                var portNumber = service.Port.Number ?? 0;
                if (portName.Length > 0 && portNumber != 0)
                {
                    errors.Add(FieldError.Invalid(path, "", "cannot set both port name & port number"));
                }
                else if (portName.Length > 0)
                {
                    foreach (var message in Formats.IsValidPortName(portName))
                    {
                        errors.Add(FieldError.Invalid(path.Child("service", "port", "name"), portName, message));
                    }
                }
                else if (portNumber != 0)
                {
                    foreach (var message in Formats.IsValidPortNum(portNumber))
                    {
                        errors.Add(FieldError.Invalid(path.Child("service", "port", "number"), portNumber, message));
                    }
                }
                else
                {
                    errors.Add(FieldError.Required(path, "port name or number is required"));
                }

                break;
            default:
                errors.Add(FieldError.Invalid(path, "", "resource or service backend is required"));
                break;
        }

        return errors;
    }
}
