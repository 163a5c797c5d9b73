import { Button } from '@govtechmy/myds-react/button';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Site } from '../../api/types';
import { SelectField, TextField } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { useApiForm } from '../../ui/useApiForm';
import { parsePolygon, polygonText } from './polygon-text';

export function SiteFormDialog({ site, onClose, onSaved }: { site: Site | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const pointsId = useId();
  const circle = site?.shape.type === 'circle' ? site.shape : null;
  const [f, setF] = useState({
    name: site?.name ?? '',
    address: site?.address ?? '',
    type: site?.shape.type ?? 'circle',
    active: site?.active ?? true,
    lat: circle ? String(circle.centre.lat) : '',
    lng: circle ? String(circle.centre.lng) : '',
    radius: circle ? String(circle.radiusMeters) : '150',
    points: site?.shape.type === 'polygon' ? polygonText(site.shape.points) : '',
  });
  const [pointsError, setPointsError] = useState<string | null>(null);
  const { busy, general, fieldError, submitWith } = useApiForm();
  const set = (k: keyof typeof f, v: string | boolean) => setF((x) => ({ ...x, [k]: v }));

  const submit = submitWith(async () => {
    let shape;
    if (f.type === 'polygon') {
      const points = parsePolygon(f.points);
      if (!points) {
        setPointsError(t('sites.pointsInvalid'));
        return;
      }
      shape = { type: 'polygon', points };
    } else {
      shape = { type: 'circle', centre: { lat: Number(f.lat), lng: Number(f.lng) }, radiusMeters: Number(f.radius) };
    }
    setPointsError(null);
    const body = { name: f.name, address: f.address || null, shape, active: f.active };
    await api(site ? 'PATCH' : 'POST', site ? `/api/sites/${site.id}` : '/api/sites', body);
    onSaved();
  });

  return (
    <Modal
      open
      title={t(site ? 'sites.editTitle' : 'sites.createTitle')}
      onClose={onClose}
      footer={
        <>
          <Button variant="default-outline" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary-fill" type="submit" form="site-form" disabled={busy}>
            {busy ? t('common.saving') : t('common.save')}
          </Button>
        </>
      }
    >
      <form id="site-form" className="grid grid-cols-1 gap-4 sm:grid-cols-2" onSubmit={(e) => void submit(e)} noValidate>
        {general && (
          <div className="sm:col-span-2">
            <Notice tone="danger">{general}</Notice>
          </div>
        )}
        <div className="sm:col-span-2">
          <TextField label={t('sites.name')} value={f.name} error={fieldError('name')} onChange={(e) => set('name', e.target.value)} />
        </div>
        <div className="sm:col-span-2">
          <TextField label={t('sites.address')} value={f.address} error={fieldError('address')} onChange={(e) => set('address', e.target.value)} />
        </div>
        <div className="sm:col-span-2">
          <SelectField label={t('sites.type')} value={f.type} onChange={(e) => set('type', e.target.value)}>
            <option value="circle">{t('sites.circle')}</option>
            <option value="polygon">{t('sites.polygon')}</option>
          </SelectField>
        </div>
        {f.type === 'circle' ? (
          <>
            <TextField
              label={t('sites.lat')}
              inputMode="decimal"
              value={f.lat}
              error={fieldError('shape.centre.lat')}
              onChange={(e) => set('lat', e.target.value)}
            />
            <TextField
              label={t('sites.lng')}
              inputMode="decimal"
              value={f.lng}
              error={fieldError('shape.centre.lng')}
              onChange={(e) => set('lng', e.target.value)}
            />
            <TextField
              label={t('sites.radius')}
              inputMode="numeric"
              value={f.radius}
              error={fieldError('shape.radiusMeters')}
              onChange={(e) => set('radius', e.target.value)}
            />
          </>
        ) : (
          <div className="flex flex-col gap-1.5 sm:col-span-2">
            <label htmlFor={pointsId} className="text-body-sm font-medium text-txt-black-700">
              {t('sites.points')}
            </label>
            <textarea
              id={pointsId}
              rows={6}
              value={f.points}
              onChange={(e) => set('points', e.target.value)}
              aria-invalid={pointsError || fieldError('shape.points') ? true : undefined}
              className="w-full rounded-md border border-otl-gray-200 px-3 py-2 font-mono text-body-sm focus:outline-none focus:ring focus:ring-fr-primary"
              placeholder="2.9431, 101.6994"
            />
            <p className="text-body-xs text-txt-black-500">{t('sites.pointsHint')}</p>
            {(pointsError || fieldError('shape.points')) && (
              <p role="alert" className="text-body-xs text-txt-danger">
                {pointsError ?? fieldError('shape.points')}
              </p>
            )}
          </div>
        )}
        <label className="flex items-center gap-2 text-body-sm sm:col-span-2">
          <input type="checkbox" className="size-4 accent-primary-600" checked={f.active} onChange={(e) => set('active', e.target.checked)} />
          {t('sites.active')}
        </label>
      </form>
    </Modal>
  );
}
