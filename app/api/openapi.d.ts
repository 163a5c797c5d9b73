/**
 * Generated from docs/openapi.json by `npm run openapi` (openapi-typescript). Do not edit by hand:
 * change the route's zod schema and run the script again. app/api/*-types.ts name the parts the app uses.
 */

export interface paths {
    "/api/admin/punches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a missing punch for an officer, with a reason (audited; the day is evaluated again) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at: string;
                        /** @enum {string} */
                        kind: "IN" | "OUT";
                        reason: string;
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            day: {
                                checkIn: string | null;
                                checkOut: string | null;
                                date: string;
                                /** @enum {string} */
                                dayType: "WORKING" | "REST" | "HOLIDAY";
                                earlyMinutes: number;
                                effectiveStart: string | null;
                                holiday: string | null;
                                issues: {
                                    code: string;
                                    minutes?: number;
                                    rule: string;
                                }[];
                                lateMinutes: number;
                                movements: {
                                    actualReturn: string | null;
                                    date: string;
                                    decisionNote: string | null;
                                    destination: string;
                                    destLocation: {
                                        lat: number;
                                        lng: number;
                                    } | null;
                                    expectedReturn: string;
                                    /** Format: uuid */
                                    id: string;
                                    leaveAt: string;
                                    purpose: string;
                                    state: string;
                                }[];
                                provisional: boolean;
                                punches: {
                                    at: string;
                                    deviceTime: string | null;
                                    flags: string[];
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string|null} */
                                    kind: "IN" | "OUT" | null;
                                    location: {
                                        accuracy: number;
                                        lat: number;
                                        lng: number;
                                    } | null;
                                    note: string | null;
                                    /** @enum {string} */
                                    place: "SITE" | "HOME" | "MOVEMENT" | "OUTSIDE" | "NONE";
                                    reason: string | null;
                                    /** Format: uuid */
                                    siteId: string | null;
                                    siteName: string | null;
                                    /** @enum {string} */
                                    source: "web" | "pwa" | "device" | "import" | "correction";
                                }[];
                                requiredEnd: string | null;
                                schedule: {
                                    end: string | null;
                                    name: string | null;
                                    /** @enum {string} */
                                    source: "ROSTER" | "PERSONAL" | "UNIT" | "DEFAULT" | "SETTINGS";
                                    start: string | null;
                                    /** @enum {string} */
                                    type: "WBF" | "FIXED" | "SHIFT";
                                };
                                status: string;
                                statuses: {
                                    code: string;
                                    date: string;
                                    decisionNote: string | null;
                                    dutyStart: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    note: string | null;
                                    outOfStation: boolean;
                                    part: string;
                                    state: string;
                                }[];
                                workedMinutes: number;
                                workedOnRestDay: boolean;
                            };
                            punch: {
                                at: string;
                                deviceTime: string | null;
                                flags: string[];
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                kind: "IN" | "OUT" | null;
                                location: {
                                    accuracy: number;
                                    lat: number;
                                    lng: number;
                                } | null;
                                note: string | null;
                                /** @enum {string} */
                                place: "SITE" | "HOME" | "MOVEMENT" | "OUTSIDE" | "NONE";
                                reason: string | null;
                                /** Format: uuid */
                                siteId: string | null;
                                siteName: string | null;
                                /** @enum {string} */
                                source: "web" | "pwa" | "device" | "import" | "correction";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What waits for me: day statuses, movements, BDR homes and justifications whose reviewer I am, each with the decisions I may make */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                accuracy: number | null;
                                address: string | null;
                                code: string | null;
                                createdAt: string;
                                date: string | null;
                                decisions: {
                                    /** @enum {string} */
                                    decision: "DILULUSKAN" | "DITOLAK" | "DITERIMA" | "PERLU_MAKLUMAT";
                                    final: boolean;
                                }[];
                                destination: string | null;
                                expectedReturn: string | null;
                                /** Format: uuid */
                                id: string;
                                issue: {
                                    category: string;
                                    code: string;
                                    minutes: number | null;
                                    rule: string;
                                } | null;
                                /** @enum {string} */
                                kind: "STATUS" | "MOVEMENT" | "HOME" | "JUSTIFICATION";
                                leaveAt: string | null;
                                location: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                note: string | null;
                                office?: {
                                    meters: number;
                                    siteName: string;
                                } | null;
                                officer: {
                                    fullName: string;
                                    /** Format: uuid */
                                    id: string;
                                    staffNo: string;
                                };
                                overdue: boolean;
                                part: string | null;
                                purpose: string | null;
                                review: {
                                    checkedBy: string | null;
                                    checkRemark: string | null;
                                    hasAttachment: boolean;
                                    stage: number;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/{kind}/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide one waiting item of an officer I supervise: DILULUSKAN or DITOLAK a request; DITERIMA, DITOLAK or PERLU_MAKLUMAT a justification (with two review levels, the penyemak's DITERIMA passes it to the pengesah: state stays MENUNGGU, stage 2) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    kind: "STATUS" | "MOVEMENT" | "HOME" | "JUSTIFICATION";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "DILULUSKAN" | "DITOLAK" | "DITERIMA" | "PERLU_MAKLUMAT";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "STATUS" | "MOVEMENT" | "HOME" | "JUSTIFICATION";
                            stage: number | null;
                            /** @enum {string} */
                            state: "MENUNGGU" | "DILULUSKAN" | "DITOLAK" | "DITERIMA" | "PERLU_MAKLUMAT" | "DIBATALKAN";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/approvals/decide-many": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The same decision for several waiting items at once, all or none (an error names the index of the item that stopped them) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "DILULUSKAN" | "DITOLAK" | "DITERIMA" | "PERLU_MAKLUMAT";
                        items: {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "STATUS" | "MOVEMENT" | "HOME" | "JUSTIFICATION";
                        }[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            decided: number;
                            results: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "STATUS" | "MOVEMENT" | "HOME" | "JUSTIFICATION";
                                stage: number | null;
                                /** @enum {string} */
                                state: "MENUNGGU" | "DILULUSKAN" | "DITOLAK" | "DITERIMA" | "PERLU_MAKLUMAT" | "DIBATALKAN";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attendance/days/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One day: punches with place and flags, statuses, movements, and the rule behind each issue */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    date: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checkIn: string | null;
                            checkOut: string | null;
                            date: string;
                            /** @enum {string} */
                            dayType: "WORKING" | "REST" | "HOLIDAY";
                            earlyMinutes: number;
                            effectiveStart: string | null;
                            holiday: string | null;
                            issues: {
                                code: string;
                                minutes?: number;
                                rule: string;
                            }[];
                            lateMinutes: number;
                            movements: {
                                actualReturn: string | null;
                                date: string;
                                decisionNote: string | null;
                                destination: string;
                                destLocation: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                expectedReturn: string;
                                /** Format: uuid */
                                id: string;
                                leaveAt: string;
                                purpose: string;
                                state: string;
                            }[];
                            provisional: boolean;
                            punches: {
                                at: string;
                                deviceTime: string | null;
                                flags: string[];
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                kind: "IN" | "OUT" | null;
                                location: {
                                    accuracy: number;
                                    lat: number;
                                    lng: number;
                                } | null;
                                note: string | null;
                                /** @enum {string} */
                                place: "SITE" | "HOME" | "MOVEMENT" | "OUTSIDE" | "NONE";
                                reason: string | null;
                                /** Format: uuid */
                                siteId: string | null;
                                siteName: string | null;
                                /** @enum {string} */
                                source: "web" | "pwa" | "device" | "import" | "correction";
                            }[];
                            requiredEnd: string | null;
                            schedule: {
                                end: string | null;
                                name: string | null;
                                /** @enum {string} */
                                source: "ROSTER" | "PERSONAL" | "UNIT" | "DEFAULT" | "SETTINGS";
                                start: string | null;
                                /** @enum {string} */
                                type: "WBF" | "FIXED" | "SHIFT";
                            };
                            status: string;
                            statuses: {
                                code: string;
                                date: string;
                                decisionNote: string | null;
                                dutyStart: string | null;
                                /** Format: uuid */
                                id: string;
                                note: string | null;
                                outOfStation: boolean;
                                part: string;
                                state: string;
                            }[];
                            workedMinutes: number;
                            workedOnRestDay: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attendance/month": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One month of day records (the calendar) and the card in force */
        get: {
            parameters: {
                query: {
                    month: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            card: {
                                /** @enum {string} */
                                card: "KUNING" | "HIJAU" | "MERAH";
                                months: {
                                    /** @enum {string} */
                                    card: "KUNING" | "HIJAU" | "MERAH";
                                    month: string;
                                    offenceDays: number;
                                }[];
                            };
                            days: {
                                checkIn: string | null;
                                checkOut: string | null;
                                date: string;
                                /** @enum {string} */
                                dayType: "WORKING" | "REST" | "HOLIDAY";
                                earlyMinutes: number;
                                effectiveStart: string | null;
                                holiday: string | null;
                                issues: {
                                    code: string;
                                    minutes?: number;
                                    rule: string;
                                }[];
                                lateMinutes: number;
                                movements: {
                                    actualReturn: string | null;
                                    date: string;
                                    decisionNote: string | null;
                                    destination: string;
                                    destLocation: {
                                        lat: number;
                                        lng: number;
                                    } | null;
                                    expectedReturn: string;
                                    /** Format: uuid */
                                    id: string;
                                    leaveAt: string;
                                    purpose: string;
                                    state: string;
                                }[];
                                provisional: boolean;
                                punches: {
                                    at: string;
                                    deviceTime: string | null;
                                    flags: string[];
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string|null} */
                                    kind: "IN" | "OUT" | null;
                                    location: {
                                        accuracy: number;
                                        lat: number;
                                        lng: number;
                                    } | null;
                                    note: string | null;
                                    /** @enum {string} */
                                    place: "SITE" | "HOME" | "MOVEMENT" | "OUTSIDE" | "NONE";
                                    reason: string | null;
                                    /** Format: uuid */
                                    siteId: string | null;
                                    siteName: string | null;
                                    /** @enum {string} */
                                    source: "web" | "pwa" | "device" | "import" | "correction";
                                }[];
                                requiredEnd: string | null;
                                schedule: {
                                    end: string | null;
                                    name: string | null;
                                    /** @enum {string} */
                                    source: "ROSTER" | "PERSONAL" | "UNIT" | "DEFAULT" | "SETTINGS";
                                    start: string | null;
                                    /** @enum {string} */
                                    type: "WBF" | "FIXED" | "SHIFT";
                                };
                                status: string;
                                statuses: {
                                    code: string;
                                    date: string;
                                    decisionNote: string | null;
                                    dutyStart: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    note: string | null;
                                    outOfStation: boolean;
                                    part: string;
                                    state: string;
                                }[];
                                workedMinutes: number;
                                workedOnRestDay: boolean;
                            }[];
                            month: string;
                            today: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attendance/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My attendance for a date range as PDF, XLSX or CSV, in my language */
        get: {
            parameters: {
                query: {
                    format: "pdf" | "xlsx" | "csv";
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attendance/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Today as the rules engine reads it so far, with the punches, and what the next punch will be */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            day: {
                                checkIn: string | null;
                                checkOut: string | null;
                                date: string;
                                /** @enum {string} */
                                dayType: "WORKING" | "REST" | "HOLIDAY";
                                earlyMinutes: number;
                                effectiveStart: string | null;
                                holiday: string | null;
                                issues: {
                                    code: string;
                                    minutes?: number;
                                    rule: string;
                                }[];
                                lateMinutes: number;
                                movements: {
                                    actualReturn: string | null;
                                    date: string;
                                    decisionNote: string | null;
                                    destination: string;
                                    destLocation: {
                                        lat: number;
                                        lng: number;
                                    } | null;
                                    expectedReturn: string;
                                    /** Format: uuid */
                                    id: string;
                                    leaveAt: string;
                                    purpose: string;
                                    state: string;
                                }[];
                                provisional: boolean;
                                punches: {
                                    at: string;
                                    deviceTime: string | null;
                                    flags: string[];
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string|null} */
                                    kind: "IN" | "OUT" | null;
                                    location: {
                                        accuracy: number;
                                        lat: number;
                                        lng: number;
                                    } | null;
                                    note: string | null;
                                    /** @enum {string} */
                                    place: "SITE" | "HOME" | "MOVEMENT" | "OUTSIDE" | "NONE";
                                    reason: string | null;
                                    /** Format: uuid */
                                    siteId: string | null;
                                    siteName: string | null;
                                    /** @enum {string} */
                                    source: "web" | "pwa" | "device" | "import" | "correction";
                                }[];
                                requiredEnd: string | null;
                                schedule: {
                                    end: string | null;
                                    name: string | null;
                                    /** @enum {string} */
                                    source: "ROSTER" | "PERSONAL" | "UNIT" | "DEFAULT" | "SETTINGS";
                                    start: string | null;
                                    /** @enum {string} */
                                    type: "WBF" | "FIXED" | "SHIFT";
                                };
                                status: string;
                                statuses: {
                                    code: string;
                                    date: string;
                                    decisionNote: string | null;
                                    dutyStart: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    note: string | null;
                                    outOfStation: boolean;
                                    part: string;
                                    state: string;
                                }[];
                                workedMinutes: number;
                                workedOnRestDay: boolean;
                            };
                            /** @enum {string} */
                            next: "IN" | "OUT";
                            serverTime: string;
                            sites: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                shape: {
                                    centre: {
                                        lat: number;
                                        lng: number;
                                    };
                                    radiusMeters: number;
                                    /** @enum {string} */
                                    type: "circle";
                                } | {
                                    points: {
                                        lat: number;
                                        lng: number;
                                    }[];
                                    /** @enum {string} */
                                    type: "polygon";
                                };
                            }[];
                            timeZone: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's audit log, newest first, with the actor's and the target's names; filtered by action, by dates (from–to, the organisation's zone) and by a person who acted or was acted upon */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    from?: string;
                    page?: number;
                    pageSize?: number;
                    personId?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                action: string;
                                actorId: string | null;
                                actorName: string | null;
                                after: unknown;
                                at: string;
                                before: unknown;
                                entityId: string | null;
                                entityType: string;
                                id: number;
                                ip: string | null;
                                targetName: string | null;
                                targetUserId: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with email or MyKad number; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        login: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: ("profile.self" | "attendance.self" | "notifications.self" | "team.monitor" | "requests.review" | "org.monitor" | "cards.read" | "reviews.report" | "units.read" | "units.manage" | "users.manage" | "org.settings" | "sites.manage" | "audit.read" | "attendance.correct" | "platform.orgs")[];
                            csrfToken: string;
                            organisation: {
                                code: string;
                                id: string;
                                name: string;
                                state: string;
                                timeZone: string;
                            } | null;
                            pendingEmail: string | null;
                            user: {
                                createdAt: string;
                                dutyState: string;
                                email: string;
                                fullName: string;
                                /** @enum {string|null} */
                                gender: "L" | "P" | null;
                                grade: string | null;
                                id: string;
                                /** @enum {string} */
                                language: "ms-MY" | "en-GB";
                                lastLoginAt: string | null;
                                mustChangePassword: boolean;
                                nricMasked: string | null;
                                phone: string | null;
                                position: string | null;
                                roles: ("PEGAWAI" | "PENYELIA" | "EKSEKUTIF" | "PENTADBIR_ORGANISASI" | "PENTADBIR_SISTEM")[];
                                staffNo: string;
                                /** @enum {string} */
                                status: "ACTIVE" | "INACTIVE";
                                supervisorId: string | null;
                                supervisorName: string | null;
                                unitId: string | null;
                                unitName: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change own password (also ends a forced change); a wrong current password counts like a failed login */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: ("profile.self" | "attendance.self" | "notifications.self" | "team.monitor" | "requests.review" | "org.monitor" | "cards.read" | "reviews.report" | "units.read" | "units.manage" | "users.manage" | "org.settings" | "sites.manage" | "audit.read" | "attendance.correct" | "platform.orgs")[];
                            csrfToken: string;
                            organisation: {
                                code: string;
                                id: string;
                                name: string;
                                state: string;
                                timeZone: string;
                            } | null;
                            pendingEmail: string | null;
                            user: {
                                createdAt: string;
                                dutyState: string;
                                email: string;
                                fullName: string;
                                /** @enum {string|null} */
                                gender: "L" | "P" | null;
                                grade: string | null;
                                id: string;
                                /** @enum {string} */
                                language: "ms-MY" | "en-GB";
                                lastLoginAt: string | null;
                                mustChangePassword: boolean;
                                nricMasked: string | null;
                                phone: string | null;
                                position: string | null;
                                roles: ("PEGAWAI" | "PENYELIA" | "EKSEKUTIF" | "PENTADBIR_ORGANISASI" | "PENTADBIR_SISTEM")[];
                                staffNo: string;
                                /** @enum {string} */
                                status: "ACTIVE" | "INACTIVE";
                                supervisorId: string | null;
                                supervisorName: string | null;
                                unitId: string | null;
                                unitName: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unlock an account with the one-time link emailed to its owner when it locked (valid 1 hour) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/client-errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report an error the app met in the browser (logged at warn; nothing stored) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        componentStack?: string;
                        message: string;
                        stack?: string;
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/day-statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My day statuses in a date range (every state) */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                date: string;
                                decisionNote: string | null;
                                dutyStart: string | null;
                                /** Format: uuid */
                                id: string;
                                note: string | null;
                                outOfStation: boolean;
                                part: string;
                                state: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Set a status for today or a later day (BDR, Tugasan Luar, Kursus, Mesyuarat, Cuti, Cuti Sakit; whole day or half) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "CUTI" | "CUTI_SAKIT" | "KURSUS" | "TUGASAN_LUAR" | "MESYUARAT" | "BDR";
                        date: string;
                        dutyStart?: string;
                        note?: string;
                        outOfStation?: boolean;
                        /**
                         * @default FULL
                         * @enum {string}
                         */
                        part?: "FULL" | "AM" | "PM";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            date: string;
                            decisionNote: string | null;
                            dutyStart: string | null;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            outOfStation: boolean;
                            part: string;
                            state: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/day-statuses/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw my status (today or later) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            date: string;
                            decisionNote: string | null;
                            dutyStart: string | null;
                            /** Format: uuid */
                            id: string;
                            note: string | null;
                            outOfStation: boolean;
                            part: string;
                            state: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My attendance issues of closed days in a range, each with the rule behind it and my answer */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                date: string;
                                /** Format: uuid */
                                id: string;
                                justification: {
                                    attachment: {
                                        contentType: string;
                                        fileName: string;
                                        sizeBytes: number;
                                    } | null;
                                    category: string;
                                    checkedAt: string | null;
                                    checkRemark: string | null;
                                    decidedAt: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    remark: string | null;
                                    stage: number;
                                    state: string;
                                    text: string;
                                    updatedAt: string;
                                } | null;
                                minutes: number | null;
                                rule: string;
                                state: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/issues/{id}/justification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer an issue (or answer again when more information is asked for); it waits for my supervisor */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "KLINIK_HOSPITAL" | "URUSAN_PERIBADI" | "MESYUARAT" | "KURSUS" | "TUGASAN_LUAR" | "KENDERAAN_ROSAK" | "LAIN_LAIN";
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            justification: {
                                attachment: {
                                    contentType: string;
                                    fileName: string;
                                    sizeBytes: number;
                                } | null;
                                category: string;
                                checkedAt: string | null;
                                checkRemark: string | null;
                                decidedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                remark: string | null;
                                stage: number;
                                state: string;
                                text: string;
                                updatedAt: string;
                            } | null;
                            minutes: number | null;
                            rule: string;
                            state: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/issues/{id}/justification/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw my answer while it waits */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            date: string;
                            /** Format: uuid */
                            id: string;
                            justification: {
                                attachment: {
                                    contentType: string;
                                    fileName: string;
                                    sizeBytes: number;
                                } | null;
                                category: string;
                                checkedAt: string | null;
                                checkRemark: string | null;
                                decidedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                remark: string | null;
                                stage: number;
                                state: string;
                                text: string;
                                updatedAt: string;
                            } | null;
                            minutes: number | null;
                            rule: string;
                            state: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/justifications/{id}/attachment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download the attachment of a justification: its officer and their reviewers (every supervisor is an officer too) only. With inline=1 a PDF or image is sent to be shown in the browser, sandboxed (nothing in it runs with the app's rights); any other type is still a download */
        get: {
            parameters: {
                query?: {
                    inline?: "0" | "1";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Attach a PDF or image (5 MB at most) to my justification while it waits; the body is the file, Content-Type its type, X-File-Name its name (URL-encoded) */
        put: {
            parameters: {
                query?: never;
                header: {
                    "content-type": "application/pdf" | "image/jpeg" | "image/png" | "image/webp";
                    "x-file-name"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contentType: string;
                            fileName: string;
                            sizeBytes: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove the attachment of my justification while it waits */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller: user, organisation, roles, abilities and CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: ("profile.self" | "attendance.self" | "notifications.self" | "team.monitor" | "requests.review" | "org.monitor" | "cards.read" | "reviews.report" | "units.read" | "units.manage" | "users.manage" | "org.settings" | "sites.manage" | "audit.read" | "attendance.correct" | "platform.orgs")[];
                            csrfToken: string;
                            organisation: {
                                code: string;
                                id: string;
                                name: string;
                                state: string;
                                timeZone: string;
                            } | null;
                            pendingEmail: string | null;
                            user: {
                                createdAt: string;
                                dutyState: string;
                                email: string;
                                fullName: string;
                                /** @enum {string|null} */
                                gender: "L" | "P" | null;
                                grade: string | null;
                                id: string;
                                /** @enum {string} */
                                language: "ms-MY" | "en-GB";
                                lastLoginAt: string | null;
                                mustChangePassword: boolean;
                                nricMasked: string | null;
                                phone: string | null;
                                position: string | null;
                                roles: ("PEGAWAI" | "PENYELIA" | "EKSEKUTIF" | "PENTADBIR_ORGANISASI" | "PENTADBIR_SISTEM")[];
                                staffNo: string;
                                /** @enum {string} */
                                status: "ACTIVE" | "INACTIVE";
                                supervisorId: string | null;
                                supervisorName: string | null;
                                unitId: string | null;
                                unitName: string | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/email/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Use the link sent to a new email address: it becomes the account's email (no session needed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/home-location": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Own BDR home location: the approved one and one waiting for approval */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approved: {
                                accuracy: number | null;
                                address: string | null;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                lat: number;
                                lng: number;
                                state: string;
                            } | null;
                            pending: {
                                accuracy: number | null;
                                address: string | null;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                lat: number;
                                lng: number;
                                state: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register the BDR home location from the phone (waits for the supervisor) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accuracy: number;
                        address?: string;
                        lat: number;
                        lng: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approved: {
                                accuracy: number | null;
                                address: string | null;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                lat: number;
                                lng: number;
                                state: string;
                            } | null;
                            pending: {
                                accuracy: number | null;
                                address: string | null;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                lat: number;
                                lng: number;
                                state: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Own notification preferences per event and channel (in-app is always on) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cards: {
                                email: boolean;
                                push: boolean;
                            };
                            decisions: {
                                email: boolean;
                                push: boolean;
                            };
                            digest: {
                                email: boolean;
                                push: boolean;
                            };
                            issues: {
                                email: boolean;
                                push: boolean;
                            };
                            reminders: {
                                email: boolean;
                                push: boolean;
                            };
                            reviews: {
                                email: boolean;
                                push: boolean;
                            };
                            tasks: {
                                email: boolean;
                                push: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change own preferences (language) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        language: "ms-MY" | "en-GB";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: ("profile.self" | "attendance.self" | "notifications.self" | "team.monitor" | "requests.review" | "org.monitor" | "cards.read" | "reviews.report" | "units.read" | "units.manage" | "users.manage" | "org.settings" | "sites.manage" | "audit.read" | "attendance.correct" | "platform.orgs")[];
                            csrfToken: string;
                            organisation: {
                                code: string;
                                id: string;
                                name: string;
                                state: string;
                                timeZone: string;
                            } | null;
                            pendingEmail: string | null;
                            user: {
                                createdAt: string;
                                dutyState: string;
                                email: string;
                                fullName: string;
                                /** @enum {string|null} */
                                gender: "L" | "P" | null;
                                grade: string | null;
                                id: string;
                                /** @enum {string} */
                                language: "ms-MY" | "en-GB";
                                lastLoginAt: string | null;
                                mustChangePassword: boolean;
                                nricMasked: string | null;
                                phone: string | null;
                                position: string | null;
                                roles: ("PEGAWAI" | "PENYELIA" | "EKSEKUTIF" | "PENTADBIR_ORGANISASI" | "PENTADBIR_SISTEM")[];
                                staffNo: string;
                                /** @enum {string} */
                                status: "ACTIVE" | "INACTIVE";
                                supervisorId: string | null;
                                supervisorName: string | null;
                                unitId: string | null;
                                unitName: string | null;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change own phone or notification preferences; ask for a new email (needs currentPassword; a link confirms it) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword?: string;
                        /** Format: email */
                        email?: string;
                        notificationPrefs?: {
                            cards?: {
                                email?: boolean;
                                push?: boolean;
                            };
                            decisions?: {
                                email?: boolean;
                                push?: boolean;
                            };
                            digest?: {
                                email?: boolean;
                                push?: boolean;
                            };
                            issues?: {
                                email?: boolean;
                                push?: boolean;
                            };
                            reminders?: {
                                email?: boolean;
                                push?: boolean;
                            };
                            reviews?: {
                                email?: boolean;
                                push?: boolean;
                            };
                            tasks?: {
                                email?: boolean;
                                push?: boolean;
                            };
                        };
                        phone?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: ("profile.self" | "attendance.self" | "notifications.self" | "team.monitor" | "requests.review" | "org.monitor" | "cards.read" | "reviews.report" | "units.read" | "units.manage" | "users.manage" | "org.settings" | "sites.manage" | "audit.read" | "attendance.correct" | "platform.orgs")[];
                            csrfToken: string;
                            organisation: {
                                code: string;
                                id: string;
                                name: string;
                                state: string;
                                timeZone: string;
                            } | null;
                            pendingEmail: string | null;
                            user: {
                                createdAt: string;
                                dutyState: string;
                                email: string;
                                fullName: string;
                                /** @enum {string|null} */
                                gender: "L" | "P" | null;
                                grade: string | null;
                                id: string;
                                /** @enum {string} */
                                language: "ms-MY" | "en-GB";
                                lastLoginAt: string | null;
                                mustChangePassword: boolean;
                                nricMasked: string | null;
                                phone: string | null;
                                position: string | null;
                                roles: ("PEGAWAI" | "PENYELIA" | "EKSEKUTIF" | "PENTADBIR_ORGANISASI" | "PENTADBIR_SISTEM")[];
                                staffNo: string;
                                /** @enum {string} */
                                status: "ACTIVE" | "INACTIVE";
                                supervisorId: string | null;
                                supervisorName: string | null;
                                unitId: string | null;
                                unitName: string | null;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My movements (keluar pejabat) in a date range */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actualReturn: string | null;
                                date: string;
                                decisionNote: string | null;
                                destination: string;
                                destLocation: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                expectedReturn: string;
                                /** Format: uuid */
                                id: string;
                                leaveAt: string;
                                purpose: string;
                                state: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Record leaving the office during hours; waits for the supervisor
         * @description The day's movements may not exceed min(4 h, half the working hours excluding rest) (RULES R18): 422 MOVEMENT_CAP_EXCEEDED with capMinutes, usedMinutes, requestedMinutes and remainingMinutes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        destination: string;
                        destLocation?: {
                            lat: number;
                            lng: number;
                        } | null;
                        /** Format: date-time */
                        expectedReturn: string;
                        /** Format: date-time */
                        leaveAt: string;
                        purpose: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actualReturn: string | null;
                            date: string;
                            decisionNote: string | null;
                            destination: string;
                            destLocation: {
                                lat: number;
                                lng: number;
                            } | null;
                            expectedReturn: string;
                            /** Format: uuid */
                            id: string;
                            leaveAt: string;
                            purpose: string;
                            state: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/movements/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a movement not yet returned from */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actualReturn: string | null;
                            date: string;
                            decisionNote: string | null;
                            destination: string;
                            destLocation: {
                                lat: number;
                                lng: number;
                            } | null;
                            expectedReturn: string;
                            /** Format: uuid */
                            id: string;
                            leaveAt: string;
                            purpose: string;
                            state: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/movements/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the actual return */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actualReturn: string | null;
                            date: string;
                            decisionNote: string | null;
                            destination: string;
                            destLocation: {
                                lat: number;
                                lng: number;
                            } | null;
                            expectedReturn: string;
                            /** Format: uuid */
                            id: string;
                            leaveAt: string;
                            purpose: string;
                            state: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, newest first, with the unread count */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                body: string;
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                link: string;
                                read: boolean;
                                title: string;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                            unread: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/push": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The server's VAPID public key to subscribe a device with, and how many of my devices are subscribed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            devices: number;
                            publicKey: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/push/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register this device for push (the browser's PushSubscription as JSON); registering again updates it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uri */
                        endpoint: string;
                        keys: {
                            auth: string;
                            p256dh: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/push/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop push to this device */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endpoint: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark some of my notifications read (ids), or all of them (all: true) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: string[];
                    } | {
                        /** @enum {boolean} */
                        all: true;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                            unread: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of my notifications are unread (the bell) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's organisation and its settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            id: string;
                            name: string;
                            onboardedOn: string;
                            settings: {
                                accuracyLimitMeters: number;
                                bdrHomeRadiusMeters: number;
                                cardDownAtDays: number;
                                cardUpAtDays: number;
                                digestAt: string | null;
                                /** @enum {string} */
                                geofencePolicy: "FLAG" | "BLOCK";
                                graceMinutes: number;
                                minimumRestMinutes: number;
                                movementDestinationRadiusMeters: number;
                                /** @enum {string} */
                                punchWithoutLocation: "ACCEPT_FLAGGED" | "REFUSE";
                                reminderClockInAt: string | null;
                                reminderClockOutDelayMinutes: number | null;
                                reviewDeadlineDays: number;
                                reviewLevels: 1 | 2;
                                statusesNeedingApproval: ("CUTI" | "CUTI_SAKIT" | "KURSUS" | "TUGASAN_LUAR" | "MESYUARAT" | "BDR")[];
                                travelSpeedLimitKmh: number;
                            };
                            state: string;
                            timeZone: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the organisation's name or settings */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        settings?: {
                            accuracyLimitMeters?: number;
                            bdrHomeRadiusMeters?: number;
                            cardDownAtDays?: number;
                            cardUpAtDays?: number;
                            digestAt?: string | null;
                            /** @enum {string} */
                            geofencePolicy?: "FLAG" | "BLOCK";
                            graceMinutes?: number;
                            minimumRestMinutes?: number;
                            movementDestinationRadiusMeters?: number;
                            /** @enum {string} */
                            punchWithoutLocation?: "ACCEPT_FLAGGED" | "REFUSE";
                            reminderClockInAt?: string | null;
                            reminderClockOutDelayMinutes?: number | null;
                            reviewDeadlineDays?: number;
                            reviewLevels?: 1 | 2;
                            statusesNeedingApproval?: ("CUTI" | "CUTI_SAKIT" | "KURSUS" | "TUGASAN_LUAR" | "MESYUARAT" | "BDR")[];
                            travelSpeedLimitKmh?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            id: string;
                            name: string;
                            onboardedOn: string;
                            settings: {
                                accuracyLimitMeters: number;
                                bdrHomeRadiusMeters: number;
                                cardDownAtDays: number;
                                cardUpAtDays: number;
                                digestAt: string | null;
                                /** @enum {string} */
                                geofencePolicy: "FLAG" | "BLOCK";
                                graceMinutes: number;
                                minimumRestMinutes: number;
                                movementDestinationRadiusMeters: number;
                                /** @enum {string} */
                                punchWithoutLocation: "ACCEPT_FLAGGED" | "REFUSE";
                                reminderClockInAt: string | null;
                                reminderClockOutDelayMinutes: number | null;
                                reviewDeadlineDays: number;
                                reviewLevels: 1 | 2;
                                statusesNeedingApproval: ("CUTI" | "CUTI_SAKIT" | "KURSUS" | "TUGASAN_LUAR" | "MESYUARAT" | "BDR")[];
                                travelSpeedLimitKmh: number;
                            };
                            state: string;
                            timeZone: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/platform/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All agencies on the platform */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                code: string;
                                id: string;
                                name: string;
                                onboardedOn: string;
                                state: string;
                                timeZone: string;
                                userCount: number;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Onboard an agency with its first organisation administrator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        admin: {
                            /** Format: email */
                            email: string;
                            fullName: string;
                            /** @enum {string} */
                            gender: "L" | "P";
                            nric: string;
                            staffNo: string;
                        };
                        code: string;
                        name: string;
                        state: string;
                        /** @default Asia/Kuala_Lumpur */
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            admin: {
                                email: string;
                                id: string;
                            };
                            organisation: {
                                active: boolean;
                                code: string;
                                id: string;
                                name: string;
                                onboardedOn: string;
                                state: string;
                                timeZone: string;
                                userCount: number;
                            };
                            temporaryPassword: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, activate or deactivate an agency */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            id: string;
                            name: string;
                            onboardedOn: string;
                            state: string;
                            timeZone: string;
                            userCount: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/punches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clock in or out (daftar masuk / keluar)
         * @description The server's clock is the time of the punch. The same idempotencyKey answers the punch it first wrote (200) instead of writing another (201). The punch is classified against the sites allowed to the officer, their registered home on an approved BDR day and the destinations of approved movements; outside every one it is flagged LUAR_KAWASAN, or refused (422) when the organisation blocks. Header X-Client: pwa marks punches from the installed app. The punch is stored without a declared kind (`kind: null`): whether it is a check-in or a check-out is the engine's pairing against the officer's schedule (R33: a night shift's morning punch is the check-out of the day before); `GET /api/attendance/today` says what the next punch will be read as (`next`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        deviceTime: string;
                        /** Format: uuid */
                        idempotencyKey: string;
                        location: {
                            accuracy: number;
                            lat: number;
                            lng: number;
                        } | null;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            deviceTime: string | null;
                            flags: string[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string|null} */
                            kind: "IN" | "OUT" | null;
                            location: {
                                accuracy: number;
                                lat: number;
                                lng: number;
                            } | null;
                            note: string | null;
                            /** @enum {string} */
                            place: "SITE" | "HOME" | "MOVEMENT" | "OUTSIDE" | "NONE";
                            reason: string | null;
                            /** Format: uuid */
                            siteId: string | null;
                            siteName: string | null;
                            /** @enum {string} */
                            source: "web" | "pwa" | "device" | "import" | "correction";
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            deviceTime: string | null;
                            flags: string[];
                            /** Format: uuid */
                            id: string;
                            /** @enum {string|null} */
                            kind: "IN" | "OUT" | null;
                            location: {
                                accuracy: number;
                                lat: number;
                                lng: number;
                            } | null;
                            note: string | null;
                            /** @enum {string} */
                            place: "SITE" | "HOME" | "MOVEMENT" | "OUTSIDE" | "NONE";
                            reason: string | null;
                            /** Format: uuid */
                            siteId: string | null;
                            siteName: string | null;
                            /** @enum {string} */
                            source: "web" | "pwa" | "device" | "import" | "correction";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/overdue-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Justifications waiting past the review deadline (R23), per reviewer: the organisation (org.monitor) or my sub-tree (team.monitor); format=csv for the file */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deadlineDays: number;
                            generatedAt: string;
                            reviewers: {
                                items: {
                                    daysWaiting: number;
                                    issueCode: string;
                                    issueDate: string;
                                    /** Format: uuid */
                                    justificationId: string;
                                    officer: {
                                        fullName: string;
                                        /** Format: uuid */
                                        id: string;
                                        staffNo: string;
                                    };
                                    stage: number;
                                    waitingSince: string;
                                }[];
                                oldestDays: number;
                                overdue: number;
                                reviewer: {
                                    fullName: string;
                                    /** Format: uuid */
                                    id: string;
                                    staffNo: string;
                                    unitName: string | null;
                                } | null;
                            }[];
                            /** @enum {string} */
                            scope: "org" | "subtree";
                            totalOverdue: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rosters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roster grid of a unit (and its sub-tree) for a month: each officer's dates with their schedule, where it comes from (roster, personal, unit, default) and conflicts */
        get: {
            parameters: {
                query: {
                    month: string;
                    unitId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dates: string[];
                            minimumRestMinutes: number;
                            month: string;
                            officers: {
                                cells: {
                                    conflicts: ("OVERLAP" | "SHORT_REST")[];
                                    date: string;
                                    end: string | null;
                                    name: string | null;
                                    off: boolean;
                                    /** Format: uuid */
                                    scheduleId: string | null;
                                    /** @enum {string} */
                                    source: "ROSTER" | "PERSONAL" | "UNIT" | "DEFAULT" | "SETTINGS";
                                    start: string | null;
                                    /** @enum {string} */
                                    type: "WBF" | "FIXED" | "SHIFT";
                                }[];
                                fullName: string;
                                /** Format: uuid */
                                id: string;
                                staffNo: string;
                            }[];
                            /** Format: uuid */
                            unitId: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rosters/{userId}/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set an officer's roster cell: a working day under the schedule whatever the weekend, or off that day (null) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    date: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        scheduleId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            /** Format: uuid */
                            scheduleId: string | null;
                            /** Format: uuid */
                            userId: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove an officer's roster cell: the date goes back to their assignments */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    date: string;
                    userId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's sites (geofences) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                address: string | null;
                                id: string;
                                name: string;
                                shape: {
                                    centre: {
                                        lat: number;
                                        lng: number;
                                    };
                                    radiusMeters: number;
                                    /** @enum {string} */
                                    type: "circle";
                                } | {
                                    points: {
                                        lat: number;
                                        lng: number;
                                    }[];
                                    /** @enum {string} */
                                    type: "polygon";
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a site: a circle (centre, radius) or a polygon */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default true */
                        active?: boolean;
                        address?: string | null;
                        name: string;
                        shape: {
                            centre: {
                                lat: number;
                                lng: number;
                            };
                            radiusMeters: number;
                            /** @enum {string} */
                            type: "circle";
                        } | {
                            points: {
                                lat: number;
                                lng: number;
                            }[];
                            /** @enum {string} */
                            type: "polygon";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            address: string | null;
                            id: string;
                            name: string;
                            shape: {
                                centre: {
                                    lat: number;
                                    lng: number;
                                };
                                radiusMeters: number;
                                /** @enum {string} */
                                type: "circle";
                            } | {
                                points: {
                                    lat: number;
                                    lng: number;
                                }[];
                                /** @enum {string} */
                                type: "polygon";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One site */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            address: string | null;
                            id: string;
                            name: string;
                            shape: {
                                centre: {
                                    lat: number;
                                    lng: number;
                                };
                                radiusMeters: number;
                                /** @enum {string} */
                                type: "circle";
                            } | {
                                points: {
                                    lat: number;
                                    lng: number;
                                }[];
                                /** @enum {string} */
                                type: "polygon";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a site */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a site */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        address?: string | null;
                        name?: string;
                        shape?: {
                            centre: {
                                lat: number;
                                lng: number;
                            };
                            radiusMeters: number;
                            /** @enum {string} */
                            type: "circle";
                        } | {
                            points: {
                                lat: number;
                                lng: number;
                            }[];
                            /** @enum {string} */
                            type: "polygon";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            address: string | null;
                            id: string;
                            name: string;
                            shape: {
                                centre: {
                                    lat: number;
                                    lng: number;
                                };
                                radiusMeters: number;
                                /** @enum {string} */
                                type: "circle";
                            } | {
                                points: {
                                    lat: number;
                                    lng: number;
                                }[];
                                /** @enum {string} */
                                type: "polygon";
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My tasks for a week (?week=any date in it, Monday–Sunday) or a range (?from=&to=, 31 days at most), by date then entry */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    week?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            items: {
                                assignedBy: {
                                    fullName: string;
                                    /** Format: uuid */
                                    id: string;
                                } | null;
                                /** @enum {string} */
                                category: "PENTADBIRAN" | "MESYUARAT" | "KURSUS" | "LAPANGAN" | "PROJEK" | "KHIDMAT_PELANGGAN" | "LAIN_LAIN";
                                comments: {
                                    author: {
                                        fullName: string;
                                        /** Format: uuid */
                                        id: string;
                                    };
                                    createdAt: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    taskId: string;
                                    text: string;
                                }[];
                                /** Format: uuid */
                                copiedFrom: string | null;
                                createdAt: string;
                                date: string;
                                details: string | null;
                                endTime: string | null;
                                /** Format: uuid */
                                id: string;
                                minutes: number | null;
                                /** @enum {string} */
                                progress: "DIRANCANG" | "DALAM_TINDAKAN" | "SELESAI";
                                spentMinutes: number | null;
                                startTime: string | null;
                                title: string;
                                updatedAt: string;
                            }[];
                            reviews: {
                                date: string;
                                note: string | null;
                                reviewedAt: string;
                                reviewedBy: {
                                    fullName: string;
                                    /** Format: uuid */
                                    id: string;
                                };
                            }[];
                            to: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a task: minutes or start–end (not both), up to 7 days ahead */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "PENTADBIRAN" | "MESYUARAT" | "KURSUS" | "LAPANGAN" | "PROJEK" | "KHIDMAT_PELANGGAN" | "LAIN_LAIN";
                        date: string;
                        details?: string | null;
                        endTime?: string;
                        minutes?: number;
                        /**
                         * @default DIRANCANG
                         * @enum {string}
                         */
                        progress?: "DIRANCANG" | "DALAM_TINDAKAN" | "SELESAI";
                        startTime?: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            category: "PENTADBIRAN" | "MESYUARAT" | "KURSUS" | "LAPANGAN" | "PROJEK" | "KHIDMAT_PELANGGAN" | "LAIN_LAIN";
                            /** Format: uuid */
                            copiedFrom: string | null;
                            createdAt: string;
                            date: string;
                            details: string | null;
                            endTime: string | null;
                            /** Format: uuid */
                            id: string;
                            minutes: number | null;
                            /** @enum {string} */
                            progress: "DIRANCANG" | "DALAM_TINDAKAN" | "SELESAI";
                            spentMinutes: number | null;
                            startTime: string | null;
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one of my tasks */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change one of my tasks */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category?: "PENTADBIRAN" | "MESYUARAT" | "KURSUS" | "LAPANGAN" | "PROJEK" | "KHIDMAT_PELANGGAN" | "LAIN_LAIN";
                        date?: string;
                        details?: string | null;
                        endTime?: string | null;
                        minutes?: number | null;
                        /** @enum {string} */
                        progress?: "DIRANCANG" | "DALAM_TINDAKAN" | "SELESAI";
                        startTime?: string | null;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            category: "PENTADBIRAN" | "MESYUARAT" | "KURSUS" | "LAPANGAN" | "PROJEK" | "KHIDMAT_PELANGGAN" | "LAIN_LAIN";
                            /** Format: uuid */
                            copiedFrom: string | null;
                            createdAt: string;
                            date: string;
                            details: string | null;
                            endTime: string | null;
                            /** Format: uuid */
                            id: string;
                            minutes: number | null;
                            /** @enum {string} */
                            progress: "DIRANCANG" | "DALAM_TINDAKAN" | "SELESAI";
                            spentMinutes: number | null;
                            startTime: string | null;
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/tasks/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on one of my tasks (to answer my supervisor) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                fullName: string;
                                /** Format: uuid */
                                id: string;
                            };
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            text: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/copy-unfinished": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy my unfinished tasks of a date to another (default today), once each */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        from: string;
                        to?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            copied: number;
                            items: {
                                /** @enum {string} */
                                category: "PENTADBIRAN" | "MESYUARAT" | "KURSUS" | "LAPANGAN" | "PROJEK" | "KHIDMAT_PELANGGAN" | "LAIN_LAIN";
                                /** Format: uuid */
                                copiedFrom: string | null;
                                createdAt: string;
                                date: string;
                                details: string | null;
                                endTime: string | null;
                                /** Format: uuid */
                                id: string;
                                minutes: number | null;
                                /** @enum {string} */
                                progress: "DIRANCANG" | "DALAM_TINDAKAN" | "SELESAI";
                                spentMinutes: number | null;
                                startTime: string | null;
                                title: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/team/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The card in force of each officer under me (scope=direct|all, team.monitor) or of the organisation (scope=org, org.monitor), red first */
        get: {
            parameters: {
                query?: {
                    scope?: "direct" | "all" | "org";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                card: "KUNING" | "HIJAU" | "MERAH";
                                history: {
                                    /** @enum {string} */
                                    card: "KUNING" | "HIJAU" | "MERAH";
                                    /** @enum {string} */
                                    fromCard: "KUNING" | "HIJAU" | "MERAH";
                                    month: string;
                                    offenceDates: string[];
                                    offenceDays: number;
                                }[];
                                lastCountedMonth: string | null;
                                offenceDates: string[];
                                offenceDays: number;
                                officer: {
                                    fullName: string;
                                    /** Format: uuid */
                                    id: string;
                                    staffNo: string;
                                    supervisorName: string | null;
                                    unitName: string | null;
                                };
                                /** @enum {string|null} */
                                previousCard: "KUNING" | "HIJAU" | "MERAH" | null;
                                setByMonth: string | null;
                                since: string | null;
                            }[];
                            /** @enum {string} */
                            scope: "direct" | "all" | "org";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/team/officers/{id}/month": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The month calendar of an officer under me (the same the officer sees), with their card */
        get: {
            parameters: {
                query: {
                    month: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            card: {
                                /** @enum {string} */
                                card: "KUNING" | "HIJAU" | "MERAH";
                                months: {
                                    /** @enum {string} */
                                    card: "KUNING" | "HIJAU" | "MERAH";
                                    month: string;
                                    offenceDays: number;
                                }[];
                            };
                            days: {
                                checkIn: string | null;
                                checkOut: string | null;
                                date: string;
                                /** @enum {string} */
                                dayType: "WORKING" | "REST" | "HOLIDAY";
                                earlyMinutes: number;
                                effectiveStart: string | null;
                                holiday: string | null;
                                issues: {
                                    code: string;
                                    minutes?: number;
                                    rule: string;
                                }[];
                                lateMinutes: number;
                                movements: {
                                    actualReturn: string | null;
                                    date: string;
                                    decisionNote: string | null;
                                    destination: string;
                                    destLocation: {
                                        lat: number;
                                        lng: number;
                                    } | null;
                                    expectedReturn: string;
                                    /** Format: uuid */
                                    id: string;
                                    leaveAt: string;
                                    purpose: string;
                                    state: string;
                                }[];
                                provisional: boolean;
                                punches: {
                                    at: string;
                                    deviceTime: string | null;
                                    flags: string[];
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string|null} */
                                    kind: "IN" | "OUT" | null;
                                    location: {
                                        accuracy: number;
                                        lat: number;
                                        lng: number;
                                    } | null;
                                    note: string | null;
                                    /** @enum {string} */
                                    place: "SITE" | "HOME" | "MOVEMENT" | "OUTSIDE" | "NONE";
                                    reason: string | null;
                                    /** Format: uuid */
                                    siteId: string | null;
                                    siteName: string | null;
                                    /** @enum {string} */
                                    source: "web" | "pwa" | "device" | "import" | "correction";
                                }[];
                                requiredEnd: string | null;
                                schedule: {
                                    end: string | null;
                                    name: string | null;
                                    /** @enum {string} */
                                    source: "ROSTER" | "PERSONAL" | "UNIT" | "DEFAULT" | "SETTINGS";
                                    start: string | null;
                                    /** @enum {string} */
                                    type: "WBF" | "FIXED" | "SHIFT";
                                };
                                status: string;
                                statuses: {
                                    code: string;
                                    date: string;
                                    decisionNote: string | null;
                                    dutyStart: string | null;
                                    /** Format: uuid */
                                    id: string;
                                    note: string | null;
                                    outOfStation: boolean;
                                    part: string;
                                    state: string;
                                }[];
                                workedMinutes: number;
                                workedOnRestDay: boolean;
                            }[];
                            month: string;
                            officer: {
                                fullName: string;
                                /** Format: uuid */
                                id: string;
                            };
                            today: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/team/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tasks of an officer under me for a week (?week=) or a range (?from=&to=, 31 days at most), with comments and reviewed days */
        get: {
            parameters: {
                query: {
                    from?: string;
                    officerId: string;
                    to?: string;
                    week?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            items: {
                                assignedBy: {
                                    fullName: string;
                                    /** Format: uuid */
                                    id: string;
                                } | null;
                                /** @enum {string} */
                                category: "PENTADBIRAN" | "MESYUARAT" | "KURSUS" | "LAPANGAN" | "PROJEK" | "KHIDMAT_PELANGGAN" | "LAIN_LAIN";
                                comments: {
                                    author: {
                                        fullName: string;
                                        /** Format: uuid */
                                        id: string;
                                    };
                                    createdAt: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    taskId: string;
                                    text: string;
                                }[];
                                /** Format: uuid */
                                copiedFrom: string | null;
                                createdAt: string;
                                date: string;
                                details: string | null;
                                endTime: string | null;
                                /** Format: uuid */
                                id: string;
                                minutes: number | null;
                                /** @enum {string} */
                                progress: "DIRANCANG" | "DALAM_TINDAKAN" | "SELESAI";
                                spentMinutes: number | null;
                                startTime: string | null;
                                title: string;
                                updatedAt: string;
                            }[];
                            officer: {
                                fullName: string;
                                /** Format: uuid */
                                id: string;
                            };
                            reviews: {
                                date: string;
                                note: string | null;
                                reviewedAt: string;
                                reviewedBy: {
                                    fullName: string;
                                    /** Format: uuid */
                                    id: string;
                                };
                            }[];
                            to: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Assign a task to an officer under me (today up to 30 days ahead); it appears in their list as planned */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "PENTADBIRAN" | "MESYUARAT" | "KURSUS" | "LAPANGAN" | "PROJEK" | "KHIDMAT_PELANGGAN" | "LAIN_LAIN";
                        date: string;
                        details?: string | null;
                        minutes?: number | null;
                        /** Format: uuid */
                        officerId: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignedBy: {
                                fullName: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                            /** @enum {string} */
                            category: "PENTADBIRAN" | "MESYUARAT" | "KURSUS" | "LAPANGAN" | "PROJEK" | "KHIDMAT_PELANGGAN" | "LAIN_LAIN";
                            comments: {
                                author: {
                                    fullName: string;
                                    /** Format: uuid */
                                    id: string;
                                };
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                taskId: string;
                                text: string;
                            }[];
                            /** Format: uuid */
                            copiedFrom: string | null;
                            createdAt: string;
                            date: string;
                            details: string | null;
                            endTime: string | null;
                            /** Format: uuid */
                            id: string;
                            minutes: number | null;
                            /** @enum {string} */
                            progress: "DIRANCANG" | "DALAM_TINDAKAN" | "SELESAI";
                            spentMinutes: number | null;
                            startTime: string | null;
                            title: string;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/team/tasks/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Comment on a task of an officer under me */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                fullName: string;
                                /** Format: uuid */
                                id: string;
                            };
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            taskId: string;
                            text: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/team/tasks/reviews/{officerId}/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark an officer's tasks of a date (not in the future) reviewed, with an optional note */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    date: string;
                    officerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            note: string | null;
                            reviewedAt: string;
                            reviewedBy: {
                                fullName: string;
                                /** Format: uuid */
                                id: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        /** Take the reviewed mark off an officer's date */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    date: string;
                    officerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/team/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live status of the officers I supervise today (direct reports, or the whole sub-tree with scope=all) */
        get: {
            parameters: {
                query?: {
                    scope?: "direct" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            items: {
                                checkIn: string | null;
                                checkOut: string | null;
                                destination: string | null;
                                flags: string[];
                                lateMinutes: number;
                                officer: {
                                    fullName: string;
                                    /** Format: uuid */
                                    id: string;
                                    staffNo: string;
                                    supervisorName: string | null;
                                    unitName: string | null;
                                };
                                pendingMovement: {
                                    destination: string;
                                    expectedReturn: string;
                                    leaveAt: string;
                                } | null;
                                place: string | null;
                                siteName: string | null;
                                /** @enum {string} */
                                state: "BELUM_MASUK" | "DI_PEJABAT" | "BDR" | "TUGASAN_LUAR" | "CUTI" | "BERSTATUS" | "KELUAR_PEJABAT" | "SUDAH_PULANG" | "HARI_REHAT";
                                statusCode: string | null;
                            }[];
                            serverTime: string;
                            timeZone: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All units of the organisation (flat; parentId builds the tree) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string | null;
                                id: string;
                                name: string;
                                parentId: string | null;
                                userCount: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string | null;
                        name: string;
                        /** Format: uuid */
                        parentId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string | null;
                            id: string;
                            name: string;
                            parentId: string | null;
                            userCount: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an empty unit */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename or move a unit */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string | null;
                        name?: string;
                        /** Format: uuid */
                        parentId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string | null;
                            id: string;
                            name: string;
                            parentId: string | null;
                            userCount: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search and filter the organisation's users */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    role?: "PEGAWAI" | "PENYELIA" | "EKSEKUTIF" | "PENTADBIR_ORGANISASI" | "PENTADBIR_SISTEM";
                    status?: "ACTIVE" | "INACTIVE";
                    unitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                email: string;
                                fullName: string;
                                grade: string | null;
                                id: string;
                                nricMasked: string | null;
                                position: string | null;
                                roles: ("PEGAWAI" | "PENYELIA" | "EKSEKUTIF" | "PENTADBIR_ORGANISASI" | "PENTADBIR_SISTEM")[];
                                staffNo: string;
                                /** @enum {string} */
                                status: "ACTIVE" | "INACTIVE";
                                supervisorId: string | null;
                                supervisorName: string | null;
                                unitId: string | null;
                                unitName: string | null;
                            }[];
                            page: number;
                            pageSize: number;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user with a temporary password (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dutyState: string;
                        /** Format: email */
                        email: string;
                        fullName: string;
                        /** @enum {string} */
                        gender: "L" | "P";
                        grade?: string | null;
                        /**
                         * @default ms-MY
                         * @enum {string}
                         */
                        language?: "ms-MY" | "en-GB";
                        nric: string;
                        phone?: string | null;
                        position?: string | null;
                        roles: ("PEGAWAI" | "PENYELIA" | "EKSEKUTIF" | "PENTADBIR_ORGANISASI")[];
                        staffNo: string;
                        /** Format: uuid */
                        supervisorId?: string | null;
                        /** Format: uuid */
                        unitId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            temporaryPassword: string;
                            user: {
                                createdAt: string;
                                dutyState: string;
                                email: string;
                                fullName: string;
                                /** @enum {string|null} */
                                gender: "L" | "P" | null;
                                grade: string | null;
                                id: string;
                                /** @enum {string} */
                                language: "ms-MY" | "en-GB";
                                lastLoginAt: string | null;
                                mustChangePassword: boolean;
                                nricMasked: string | null;
                                phone: string | null;
                                position: string | null;
                                roles: ("PEGAWAI" | "PENYELIA" | "EKSEKUTIF" | "PENTADBIR_ORGANISASI" | "PENTADBIR_SISTEM")[];
                                staffNo: string;
                                /** @enum {string} */
                                status: "ACTIVE" | "INACTIVE";
                                supervisorId: string | null;
                                supervisorName: string | null;
                                unitId: string | null;
                                unitName: string | null;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            dutyState: string;
                            email: string;
                            fullName: string;
                            /** @enum {string|null} */
                            gender: "L" | "P" | null;
                            grade: string | null;
                            id: string;
                            /** @enum {string} */
                            language: "ms-MY" | "en-GB";
                            lastLoginAt: string | null;
                            mustChangePassword: boolean;
                            nricMasked: string | null;
                            phone: string | null;
                            position: string | null;
                            roles: ("PEGAWAI" | "PENYELIA" | "EKSEKUTIF" | "PENTADBIR_ORGANISASI" | "PENTADBIR_SISTEM")[];
                            staffNo: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "INACTIVE";
                            supervisorId: string | null;
                            supervisorName: string | null;
                            unitId: string | null;
                            unitName: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a user */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dutyState?: string;
                        /** Format: email */
                        email?: string;
                        fullName?: string;
                        /** @enum {string} */
                        gender?: "L" | "P";
                        grade?: string | null;
                        /** @enum {string} */
                        language?: "ms-MY" | "en-GB";
                        phone?: string | null;
                        position?: string | null;
                        roles?: ("PEGAWAI" | "PENYELIA" | "EKSEKUTIF" | "PENTADBIR_ORGANISASI")[];
                        staffNo?: string;
                        /** Format: uuid */
                        supervisorId?: string | null;
                        /** Format: uuid */
                        unitId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            dutyState: string;
                            email: string;
                            fullName: string;
                            /** @enum {string|null} */
                            gender: "L" | "P" | null;
                            grade: string | null;
                            id: string;
                            /** @enum {string} */
                            language: "ms-MY" | "en-GB";
                            lastLoginAt: string | null;
                            mustChangePassword: boolean;
                            nricMasked: string | null;
                            phone: string | null;
                            position: string | null;
                            roles: ("PEGAWAI" | "PENYELIA" | "EKSEKUTIF" | "PENTADBIR_ORGANISASI" | "PENTADBIR_SISTEM")[];
                            staffNo: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "INACTIVE";
                            supervisorId: string | null;
                            supervisorName: string | null;
                            unitId: string | null;
                            unitName: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reactivate a user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            dutyState: string;
                            email: string;
                            fullName: string;
                            /** @enum {string|null} */
                            gender: "L" | "P" | null;
                            grade: string | null;
                            id: string;
                            /** @enum {string} */
                            language: "ms-MY" | "en-GB";
                            lastLoginAt: string | null;
                            mustChangePassword: boolean;
                            nricMasked: string | null;
                            phone: string | null;
                            position: string | null;
                            roles: ("PEGAWAI" | "PENYELIA" | "EKSEKUTIF" | "PENTADBIR_ORGANISASI" | "PENTADBIR_SISTEM")[];
                            staffNo: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "INACTIVE";
                            supervisorId: string | null;
                            supervisorName: string | null;
                            unitId: string | null;
                            unitName: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deactivate a user; their sessions end at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            dutyState: string;
                            email: string;
                            fullName: string;
                            /** @enum {string|null} */
                            gender: "L" | "P" | null;
                            grade: string | null;
                            id: string;
                            /** @enum {string} */
                            language: "ms-MY" | "en-GB";
                            lastLoginAt: string | null;
                            mustChangePassword: boolean;
                            nricMasked: string | null;
                            phone: string | null;
                            position: string | null;
                            roles: ("PEGAWAI" | "PENYELIA" | "EKSEKUTIF" | "PENTADBIR_ORGANISASI" | "PENTADBIR_SISTEM")[];
                            staffNo: string;
                            /** @enum {string} */
                            status: "ACTIVE" | "INACTIVE";
                            supervisorId: string | null;
                            supervisorName: string | null;
                            unitId: string | null;
                            unitName: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new temporary password (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            temporaryPassword: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sites this officer may punch at (empty: every active site) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            siteIds: string[];
                        };
                    };
                };
            };
        };
        /** Set the sites this officer may punch at (empty: every active site) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        siteIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            siteIds: string[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active users matching q, for pickers */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                fullName: string;
                                id: string;
                                staffNo: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-patterns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's work patterns: cycles of days, each a schedule or off, anchored at a date */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                anchor: string;
                                days: (string | null)[];
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a work pattern: a name, the anchor date (day 0) and the cycle's days (a schedule id, or null for off) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        anchor: string;
                        days: (string | null)[];
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            anchor: string;
                            days: (string | null)[];
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-patterns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a work pattern no assignment names (409 PATTERN_IN_USE: deactivate it instead) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a work pattern, or deactivate it */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        anchor?: string;
                        days?: (string | null)[];
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            anchor: string;
                            days: (string | null)[];
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/work-schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's work schedules (WBF, fixed hours, shifts), active or not */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                active: boolean;
                                end: string | null;
                                graceMinutes: number;
                                /** Format: uuid */
                                id: string;
                                marginAfterMinutes: number | null;
                                marginBeforeMinutes: number | null;
                                name: string;
                                rests: {
                                    from: string;
                                    to: string;
                                }[];
                                start: string | null;
                                /** @enum {string} */
                                type: "WBF" | "FIXED" | "SHIFT";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a work schedule: WBF (grace), FIXED (start, end, rests, grace) or SHIFT (start, end, rests, grace, pairing margins); an end at or before the start is the next day */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 0 */
                        graceMinutes?: number;
                        name: string;
                        /** @enum {string} */
                        type: "WBF";
                    } | {
                        end: string;
                        /** @default 0 */
                        graceMinutes?: number;
                        name: string;
                        /** @default [] */
                        rests?: {
                            from: string;
                            to: string;
                        }[];
                        start: string;
                        /** @enum {string} */
                        type: "FIXED";
                    } | {
                        end: string;
                        /** @default 0 */
                        graceMinutes?: number;
                        marginAfterMinutes?: number;
                        marginBeforeMinutes?: number;
                        name: string;
                        /** @default [] */
                        rests?: {
                            from: string;
                            to: string;
                        }[];
                        start: string;
                        /** @enum {string} */
                        type: "SHIFT";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            end: string | null;
                            graceMinutes: number;
                            /** Format: uuid */
                            id: string;
                            marginAfterMinutes: number | null;
                            marginBeforeMinutes: number | null;
                            name: string;
                            rests: {
                                from: string;
                                to: string;
                            }[];
                            start: string | null;
                            /** @enum {string} */
                            type: "WBF" | "FIXED" | "SHIFT";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a work schedule no pattern, assignment or roster names (409 SCHEDULE_IN_USE: deactivate it instead) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a work schedule (its type stays), or deactivate it */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        end?: string;
                        graceMinutes?: number;
                        marginAfterMinutes?: number | null;
                        marginBeforeMinutes?: number | null;
                        name?: string;
                        rests?: {
                            from: string;
                            to: string;
                        }[];
                        start?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            end: string | null;
                            graceMinutes: number;
                            /** Format: uuid */
                            id: string;
                            marginAfterMinutes: number | null;
                            marginBeforeMinutes: number | null;
                            name: string;
                            rests: {
                                from: string;
                                to: string;
                            }[];
                            start: string | null;
                            /** @enum {string} */
                            type: "WBF" | "FIXED" | "SHIFT";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/work-schedules/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assignments of schedules and patterns: the organisation default, units (with their sub-trees), officers */
        get: {
            parameters: {
                query?: {
                    level?: "ORGANISATION" | "UNIT" | "USER";
                    unitId?: string;
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                from: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                level: "ORGANISATION" | "UNIT" | "USER";
                                /** Format: uuid */
                                patternId: string | null;
                                /** Format: uuid */
                                scheduleId: string | null;
                                to: string | null;
                                /** Format: uuid */
                                unitId: string | null;
                                /** Format: uuid */
                                userId: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Assign a schedule or a pattern from a date (to a date, or open) to an officer, a unit, or the organisation (neither); 409 on an overlap at the same level */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        from: string;
                        /** Format: uuid */
                        patternId?: string;
                        /** Format: uuid */
                        scheduleId?: string;
                        to?: string;
                        /** Format: uuid */
                        unitId?: string;
                        /** Format: uuid */
                        userId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            level: "ORGANISATION" | "UNIT" | "USER";
                            /** Format: uuid */
                            patternId: string | null;
                            /** Format: uuid */
                            scheduleId: string | null;
                            to: string | null;
                            /** Format: uuid */
                            unitId: string | null;
                            /** Format: uuid */
                            userId: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/work-schedules/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete an assignment (closed days keep the schedule they were judged under) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
