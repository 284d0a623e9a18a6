using KubeSharp.Api.Core.V1;
using static KubeSharp.Machinery.Validation.Core.CoreValidation;

namespace KubeSharp.Machinery.Validation.Core;

/// <summary>
/// Service validation (upstream's ValidateService and ValidateServiceUpdate) over defaulted core/v1 services.
/// The dual-stack consistency rules between clusterIP, clusterIPs, ipFamilies and ipFamilyPolicy are reduced
/// to address syntax and the clusterIP/clusterIPs[0] match; the topology annotations are not checked.
/// </summary>
public static class ServiceValidation
{
    private static readonly string[] SessionAffinities = ["ClientIP", "None"];
    private static readonly string[] ServiceTypes = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];
    private const int MaxClientIPServiceAffinitySeconds = 86400;

    /// <summary>Is the service headless (clusterIP None)?</summary>
    public static bool IsHeadless(Service service) =>
        service.Spec.ClusterIPs is { Count: 1 } ips ? ips[0] == "None" : service.Spec.ClusterIP == "None";

    /// <summary>Reachable from outside the cluster: LoadBalancer, NodePort, or ClusterIP with external IPs.</summary>
    public static bool ExternallyAccessible(Service service) =>
        service.Spec.Type is "LoadBalancer" or "NodePort" || (service.Spec.Type == "ClusterIP" && service.Spec.ExternalIPs is { Count: > 0 });

    /// <summary>A LoadBalancer with Local external traffic needs a health-check node port.</summary>
    public static bool NeedsHealthCheck(Service service) =>
        service.Spec.Type == "LoadBalancer" && service.Spec.ExternalTrafficPolicy == "Local";

    public static FieldErrorList ValidateService(Service service)
    {
        var errors = ObjectMetaValidation.ValidateObjectMeta(service.Metadata, true, NameValidation.NameIsDNS1035Label, FieldPath.New("metadata"));
        var spec = service.Spec;
        var specPath = FieldPath.New("spec");
        var headless = IsHeadless(service);
        var ports = spec.Ports ?? [];
        var type = spec.Type ?? "";
        if (ports.Count == 0 && !headless && type != "ExternalName")
        {
            errors.Add(FieldError.Required(specPath.Child("ports")));
        }

        switch (type)
        {
            case "LoadBalancer" when headless:
                errors.Add(FieldError.Invalid(specPath.Child("clusterIPs").Index(0), "None", "may not be set to 'None' for LoadBalancer services"));
                break;
            case "NodePort" when headless:
                errors.Add(FieldError.Invalid(specPath.Child("clusterIPs").Index(0), "None", "may not be set to 'None' for NodePort services"));
                break;
            case "ExternalName":
                if (spec.ClusterIPs is { Count: > 0 } || !string.IsNullOrEmpty(spec.ClusterIP))
                {
                    errors.Add(FieldError.Forbidden(specPath.Child("clusterIPs"), "may not be set for ExternalName services"));
                }

                if (spec.IPFamilies is { Count: > 0 })
                {
                    errors.Add(FieldError.Forbidden(specPath.Child("ipFamilies"), "may not be set for ExternalName services"));
                }

                if (spec.IPFamilyPolicy is not null)
                {
                    errors.Add(FieldError.Forbidden(specPath.Child("ipFamilyPolicy"), "may not be set for ExternalName services"));
                }

                var externalName = spec.ExternalName ?? "";
                var cname = externalName.EndsWith('.') ? externalName[..^1] : externalName;

                if (cname.Length > 0)
                {
                    errors.AddRange(ValidateDNS1123Subdomain(cname, specPath.Child("externalName")));
                }
                else
                {
                    errors.Add(FieldError.Required(specPath.Child("externalName")));
                }

                break;
        }

        var portNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ports.Count; i++)
        {
            errors.AddRange(ValidateServicePort(ports[i], ports.Count > 1, portNames, specPath.Child("ports").Index(i)));
        }

        if (spec.Selector is not null)
        {
            errors.AddRange(ObjectMetaValidation.ValidateLabels(spec.Selector, specPath.Child("selector")));
        }

        var affinity = spec.SessionAffinity ?? "";
        if (affinity.Length == 0)
        {
            errors.Add(FieldError.Required(specPath.Child("sessionAffinity")));
        }
        else if (!SessionAffinities.Contains(affinity))
        {
            errors.Add(FieldError.NotSupported(specPath.Child("sessionAffinity"), affinity, SessionAffinities));
        }

        var configPath = specPath.Child("sessionAffinityConfig");
        if (affinity == "ClientIP")
        {
            const string Message = "when session affinity type is ClientIP";
            if (spec.SessionAffinityConfig is null)
            {
                errors.Add(FieldError.Required(configPath, Message));
            }
            else if (spec.SessionAffinityConfig.ClientIP is null)
            {
                errors.Add(FieldError.Required(configPath.Child("clientIP"), Message));
            }
            else if (spec.SessionAffinityConfig.ClientIP.TimeoutSeconds is not { } timeout)
            {
                errors.Add(FieldError.Required(configPath.Child("clientIP").Child("timeoutSeconds"), Message));
            }
            else if (timeout is <= 0 or > MaxClientIPServiceAffinitySeconds)
            {
                errors.Add(FieldError.Invalid(configPath.Child("clientIP").Child("timeoutSeconds"), timeout, $"must be greater than 0 and less than {MaxClientIPServiceAffinitySeconds}"));
            }
        }
        else if (affinity == "None" && spec.SessionAffinityConfig is not null)
        {
            errors.Add(FieldError.Forbidden(configPath, "must not be set when session affinity is None"));
        }

        errors.AddRange(ValidateClusterIPs(service, specPath));
        for (var i = 0; i < (spec.ExternalIPs?.Count ?? 0); i++)
        {
            var ip = spec.ExternalIPs![i];
            var ipErrors = ValidateIP(ip, specPath.Child("externalIPs").Index(i));
            errors.AddRange(ipErrors.Count > 0 ? ipErrors : ValidateNonSpecialIP(ip, specPath.Child("externalIPs").Index(i)));
        }

        if (type.Length == 0)
        {
            errors.Add(FieldError.Required(specPath.Child("type")));
        }
        else if (!ServiceTypes.Contains(type))
        {
            errors.Add(FieldError.NotSupported(specPath.Child("type"), type, ServiceTypes));
        }

        if (type == "ClusterIP")
        {
            for (var i = 0; i < ports.Count; i++)
            {
                if (ports[i].NodePort is { } nodePort and not 0)
                {
                    errors.Add(FieldError.Forbidden(specPath.Child("ports").Index(i).Child("nodePort"), "may not be used when `type` is 'ClusterIP'"));
                }
            }
        }

        var nodePorts = new HashSet<(string?, int)>();
        for (var i = 0; i < ports.Count; i++)
        {
            if (ports[i].NodePort is { } nodePort and not 0 && !nodePorts.Add((ports[i].Protocol, nodePort)))
            {
                errors.Add(FieldError.Duplicate(specPath.Child("ports").Index(i).Child("nodePort"), nodePort));
            }
        }

        var seenPorts = new HashSet<(string?, int)>();
        for (var i = 0; i < ports.Count; i++)
        {
            if (!seenPorts.Add((ports[i].Protocol, ports[i].Port)))
            {
                errors.Add(FieldError.Duplicate(specPath.Child("ports").Index(i), new ServicePort { Protocol = ports[i].Protocol, Port = ports[i].Port }));
            }
        }

        if (spec.LoadBalancerSourceRanges is { Count: > 0 } ranges)
        {
            var rangesPath = specPath.Child("LoadBalancerSourceRanges");
            if (type != "LoadBalancer")
            {
                errors.Add(FieldError.Forbidden(rangesPath, "may only be used when `type` is 'LoadBalancer'"));
            }

            for (var i = 0; i < ranges.Count; i++)
            {
                var value = ranges[i].Trim();
                if (!System.Net.IPNetwork.TryParse(value, out _))
                {
                    errors.Add(FieldError.Invalid(rangesPath.Index(i), value, "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"));
                }
            }
        }

        if (spec.AllocateLoadBalancerNodePorts is not null && type != "LoadBalancer")
        {
            errors.Add(FieldError.Forbidden(specPath.Child("allocateLoadBalancerNodePorts"), "may only be used when `type` is 'LoadBalancer'"));
        }

        if (type == "LoadBalancer" && spec.AllocateLoadBalancerNodePorts is null)
        {
            errors.Add(FieldError.Required(FieldPath.New("allocateLoadBalancerNodePorts")));
        }

        if (spec.LoadBalancerClass is { } lbClass)
        {
            if (type != "LoadBalancer")
            {
                errors.Add(FieldError.Forbidden(specPath.Child("loadBalancerClass"), "may only be used when `type` is 'LoadBalancer'"));
            }
            else
            {
                errors.AddRange(ValidateQualifiedName(lbClass, specPath.Child("loadBalancerClass")));
            }
        }

        errors.AddRange(ValidateExternalTrafficPolicy(service, specPath));
        if (spec.InternalTrafficPolicy is null)
        {
            if (type is "NodePort" or "LoadBalancer" or "ClusterIP")
            {
                errors.Add(FieldError.Required(specPath.Child("internalTrafficPolicy")));
            }
        }
        else if (spec.InternalTrafficPolicy is not ("Cluster" or "Local"))
        {
            errors.Add(FieldError.NotSupported(specPath.Child("internalTrafficPolicy"), spec.InternalTrafficPolicy, ["Cluster", "Local"]));
        }

        if (spec.TrafficDistribution is { } distribution && distribution != "PreferClose")
        {
            errors.Add(FieldError.NotSupported(specPath.Child("trafficDistribution"), distribution, ["PreferClose"]));
        }

        return errors;
    }

    /// <summary>An update: metadata rules, immutable clusterIP (except to/from ExternalName), then the new object.</summary>
    public static FieldErrorList ValidateServiceUpdate(Service service, Service oldService)
    {
        var errors = ObjectMetaValidation.ValidateObjectMetaUpdate(service.Metadata, oldService.Metadata, FieldPath.New("metadata"));
        var specPath = FieldPath.New("spec");
        if (oldService.Spec.Type != "ExternalName" && service.Spec.Type != "ExternalName")
        {
            var oldIPs = oldService.Spec.ClusterIPs is { Count: > 0 } ? oldService.Spec.ClusterIPs : (string.IsNullOrEmpty(oldService.Spec.ClusterIP) ? [] : [oldService.Spec.ClusterIP]);
            var newIPs = service.Spec.ClusterIPs is { Count: > 0 } ? service.Spec.ClusterIPs : (string.IsNullOrEmpty(service.Spec.ClusterIP) ? [] : [service.Spec.ClusterIP]);
            if (oldIPs.Count > 0 && (newIPs.Count == 0 || newIPs[0] != oldIPs[0]))
            {
                errors.Add(FieldError.Invalid(specPath.Child("clusterIPs").Index(0), newIPs.Count > 0 ? newIPs[0] : "", ObjectMetaValidation.FieldImmutableErrorMsg));
            }
        }

        if (NeedsHealthCheck(oldService) && NeedsHealthCheck(service) && service.Spec.HealthCheckNodePort != oldService.Spec.HealthCheckNodePort)
        {
            errors.Add(FieldError.Forbidden(specPath.Child("healthCheckNodePort"), "field is immutable"));
        }

        errors.AddRange(ValidateService(service));
        return errors;
    }

    private static FieldErrorList ValidateServicePort(ServicePort port, bool requireName, HashSet<string> names, FieldPath path)
    {
        var errors = new FieldErrorList();
        if (requireName && string.IsNullOrEmpty(port.Name))
        {
            errors.Add(FieldError.Required(path.Child("name")));
        }
        else if (!string.IsNullOrEmpty(port.Name))
        {
            errors.AddRange(ValidateDNS1123Label(port.Name, path.Child("name")));
            if (!names.Add(port.Name))
            {
                errors.Add(FieldError.Duplicate(path.Child("name"), port.Name));
            }
        }

        errors.AddRange(FromMessages(Formats.IsValidPortNum(port.Port), path.Child("port"), port.Port));
        if (string.IsNullOrEmpty(port.Protocol))
        {
            errors.Add(FieldError.Required(path.Child("protocol")));
        }
        else if (!SupportedPortProtocols.Contains(port.Protocol))
        {
            errors.Add(FieldError.NotSupported(path.Child("protocol"), port.Protocol, SupportedPortProtocols));
        }

        errors.AddRange(ValidatePortNumOrName(port.TargetPort ?? new Api.IntOrString(0), path.Child("targetPort")));
        if (port.AppProtocol is { } appProtocol)
        {
            errors.AddRange(ValidateQualifiedName(appProtocol, path.Child("appProtocol")));
        }

        return errors;
    }

    private static FieldErrorList ValidateClusterIPs(Service service, FieldPath specPath)
    {
        var errors = new FieldErrorList();
        var spec = service.Spec;
        var ips = spec.ClusterIPs ?? [];
        if (!string.IsNullOrEmpty(spec.ClusterIP) && ips.Count > 0 && ips[0] != spec.ClusterIP)
        {
            errors.Add(FieldError.Invalid(specPath.Child("clusterIPs"), ips, "first value must match `clusterIP`"));
        }

        if (!string.IsNullOrEmpty(spec.ClusterIP) && spec.ClusterIP != "None")
        {
            errors.AddRange(ValidateIP(spec.ClusterIP, specPath.Child("clusterIP")));
        }

        for (var i = 0; i < ips.Count; i++)
        {
            if (ips[i] == "None")
            {
                if (ips.Count > 1)
                {
                    errors.Add(FieldError.Invalid(specPath.Child("clusterIPs").Index(i), ips[i], "may not be set to 'None' with other IPs"));
                }

                continue;
            }

            errors.AddRange(ValidateIP(ips[i], specPath.Child("clusterIPs").Index(i)));
        }

        foreach (var (family, index) in (spec.IPFamilies ?? []).Select((f, i) => (f, i)))
        {
            if (family is not ("IPv4" or "IPv6"))
            {
                errors.Add(FieldError.NotSupported(specPath.Child("ipFamilies").Index(index), family, ["IPv4", "IPv6"]));
            }
        }

        if (spec.IPFamilyPolicy is { } policy && policy is not ("SingleStack" or "PreferDualStack" or "RequireDualStack"))
        {
            errors.Add(FieldError.NotSupported(specPath.Child("ipFamilyPolicy"), policy, ["PreferDualStack", "RequireDualStack", "SingleStack"]));
        }

        return errors;
    }

    private static FieldErrorList ValidateExternalTrafficPolicy(Service service, FieldPath specPath)
    {
        var errors = new FieldErrorList();
        var policy = service.Spec.ExternalTrafficPolicy ?? "";
        if (!ExternallyAccessible(service))
        {
            if (policy.Length > 0)
            {
                errors.Add(FieldError.Invalid(specPath.Child("externalTrafficPolicy"), policy, "may only be set for externally-accessible services"));
            }
        }
        else if (policy.Length == 0)
        {
            errors.Add(FieldError.Required(specPath.Child("externalTrafficPolicy")));
        }
        else if (policy is not ("Cluster" or "Local"))
        {
            errors.Add(FieldError.NotSupported(specPath.Child("externalTrafficPolicy"), policy, ["Cluster", "Local"]));
        }

        var healthCheck = service.Spec.HealthCheckNodePort ?? 0;
        if (!NeedsHealthCheck(service))
        {
            if (healthCheck != 0)
            {
                errors.Add(FieldError.Invalid(specPath.Child("healthCheckNodePort"), healthCheck, "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"));
            }
        }
        else if (healthCheck == 0)
        {
            errors.Add(FieldError.Required(specPath.Child("healthCheckNodePort")));
        }
        else
        {
            errors.AddRange(FromMessages(Formats.IsValidPortNum(healthCheck), specPath.Child("healthCheckNodePort"), healthCheck));
        }

        return errors;
    }

    private static FieldErrorList ValidateNonSpecialIP(string ip, FieldPath path)
    {
        var address = System.Net.IPAddress.Parse(ip);
        if (address.Equals(System.Net.IPAddress.Any) || address.Equals(System.Net.IPAddress.IPv6Any))
        {
            return [FieldError.Invalid(path, ip, "may not be unspecified (0.0.0.0)")];
        }

        if (System.Net.IPAddress.IsLoopback(address))
        {
            return [FieldError.Invalid(path, ip, "may not be in the loopback range (127.0.0.0/8, ::1/128)")];
        }

        var bytes = address.GetAddressBytes();
        if ((bytes.Length == 4 && bytes[0] == 169 && bytes[1] == 254) || address.IsIPv6LinkLocal)
        {
            return [FieldError.Invalid(path, ip, "may not be in the link-local range (169.254.0.0/16, fe80::/10)")];
        }

        if ((bytes.Length == 4 && bytes[0] == 224 && bytes[1] == 0 && bytes[2] == 0) || address.IsIPv6Multicast)
        {
            return [FieldError.Invalid(path, ip, "may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)")];
        }

        return [];
    }
}
